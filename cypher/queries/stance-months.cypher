// What did these actors say on these positions, month by month, in a window of months? One row
// per actor and position with a counted statement, its months in parallel lists (month
// summaries, :StanceMonth): the distinct statements taking each stance, and each month's last
// day with its evidence ("statementId quoteId stance act"). The position matrix and agreement
// scores over whole months are read from this; a window that cuts a month, or several
// modalities at once, is read from stance-observations.cypher.
// A month before the window only says which stance is carried into it, so of those only the
// latest is read: ordering by the index's whole key lets the index give it first, where
// `ORDER BY m.month` alone would read the pair's whole history and sort it. The counts and last
// day come from the index entry (migration 011) and only the evidence from the node. The hints
// ask for seeks: on a small graph the planner would rather scan the whole index in order.
// Params: $actors     actor ids, e.g. ['TUR', 'RUS']
//         $positions  position ids, e.g. ['CEASEFIRE:test-war']
//         $modality   the modality counted, e.g. 'ASSERTED'
//         $fromMonth  the window's first month, 'YYYY-MM'
//         $toMonth    its last month, 'YYYY-MM'
// In Neo4j Browser, first:
//   :param actors => ['TUR', 'RUS', 'IRN']
//   :param positions => ['CEASEFIRE:test-war', 'WITHDRAWAL:place:test-veloria']
//   :param modality => 'ASSERTED'
//   :param fromMonth => '2020-01'
//   :param toMonth => '2021-12'
UNWIND $positions AS positionId
UNWIND $actors AS actorId
CALL (positionId, actorId) {
  CALL (positionId, actorId) {
    MATCH (m:StanceMonth {positionId: positionId, actorId: actorId, modality: $modality})
    USING INDEX SEEK m:StanceMonth(positionId, actorId, modality, month, supports, opposes, neutral, lastDay)
    WHERE m.month < $fromMonth
      AND m.supports IS NOT NULL AND m.opposes IS NOT NULL AND m.neutral IS NOT NULL
      AND m.lastDay IS NOT NULL
    RETURN m.month AS month, m.supports AS supports, m.opposes AS opposes, m.neutral AS neutral,
           m.lastDay AS lastDay, m.evidence AS evidence
    ORDER BY m.positionId DESC, m.actorId DESC, m.modality DESC, m.month DESC
    LIMIT 1
    UNION ALL
    MATCH (m:StanceMonth {positionId: positionId, actorId: actorId, modality: $modality})
    USING INDEX SEEK m:StanceMonth(positionId, actorId, modality, month, supports, opposes, neutral, lastDay)
    WHERE $fromMonth <= m.month <= $toMonth
      AND m.supports IS NOT NULL AND m.opposes IS NOT NULL AND m.neutral IS NOT NULL
      AND m.lastDay IS NOT NULL
    RETURN m.month AS month, m.supports AS supports, m.opposes AS opposes, m.neutral AS neutral,
           m.lastDay AS lastDay, m.evidence AS evidence
  }
  // A row per pair, not per month: a matrix over years reads a tenth of the rows.
  RETURN collect(month) AS months,
         collect(supports) AS supports,
         collect(opposes) AS opposes,
         collect(neutral) AS neutral,
         collect(toString(lastDay)) AS lastDays,
         collect(evidence) AS evidence
}
WITH actorId, positionId, months, supports, opposes, neutral, lastDays, evidence
WHERE size(months) > 0
RETURN actorId, positionId, months, supports, opposes, neutral, lastDays, evidence
