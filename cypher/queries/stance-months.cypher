// What did these actors say on these positions, month by month, up to a given month? One row
// per actor and position with a counted statement, its months in parallel lists (month
// summaries, :StanceMonth): the distinct statements taking each stance, and each month's last
// day with its evidence ("statementId quoteId stance act"). The position matrix and agreement
// scores over whole months are read from this; a window that cuts a month, or several
// modalities at once, is read from stance-observations.cypher.
// Params: $actors     actor ids, e.g. ['TUR', 'RUS']
//         $positions  position ids, e.g. ['CEASEFIRE:test-war']
//         $modality   the modality counted, e.g. 'ASSERTED'
//         $toMonth    the last month counted, 'YYYY-MM'
// In Neo4j Browser, first:
//   :param actors => ['TUR', 'RUS', 'IRN']
//   :param positions => ['CEASEFIRE:test-war', 'WITHDRAWAL:place:test-veloria']
//   :param modality => 'ASSERTED'
//   :param toMonth => '2021-12'
UNWIND $positions AS positionId
UNWIND $actors AS actorId
CALL (positionId, actorId) {
  MATCH (m:StanceMonth {positionId: positionId, actorId: actorId, modality: $modality})
  WHERE m.month <= $toMonth
  // A row per pair, not per month: a matrix over years reads a tenth of the rows.
  RETURN collect(m.month) AS months,
         collect(m.supports) AS supports,
         collect(m.opposes) AS opposes,
         collect(m.neutral) AS neutral,
         collect(toString(m.lastDay)) AS lastDays,
         collect(m.evidence) AS evidence
}
WITH actorId, positionId, months, supports, opposes, neutral, lastDays, evidence
WHERE size(months) > 0
RETURN actorId, positionId, months, supports, opposes, neutral, lastDays, evidence
