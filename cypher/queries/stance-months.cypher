// What did these actors say on these positions, month by month, up to a given month? One row
// per actor, position and month with a counted statement (month summaries, :StanceMonth): the
// distinct statements taking each stance, and the month's last day with its evidence. The
// position matrix and agreement scores over whole months are read from this; a window that
// cuts a month, or several modalities at once, is read from stance-observations.cypher.
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
MATCH (m:StanceMonth {positionId: positionId, actorId: actorId, modality: $modality})
WHERE m.month <= $toMonth
RETURN m.actorId AS actorId,
       m.positionId AS positionId,
       m.month AS month,
       m.supports AS supports,
       m.opposes AS opposes,
       m.neutral AS neutral,
       toString(m.lastDay) AS lastDay,
       m.evidenceStatements AS statements,
       m.evidenceQuotes AS quotes,
       m.evidenceStances AS stances,
       m.evidenceActs AS acts
