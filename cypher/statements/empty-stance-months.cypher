// Empties the month summaries (:StanceMonth, docs/model.md) that a change of these statements'
// status touches: every position, actor and month they speak to loses its summaries (of every
// modality). Returns what still counts there, each statement for that position and actor only,
// for count-in-stance-months.cypher to count again in the same transaction, so the summaries
// never disagree with the change (a month with nothing left keeps no summary).
// Params: $statementIds, $modalities (every modality, to find each month's summaries by key).
UNWIND $statementIds AS statementId
MATCH (changed:Statement {id: statementId})-[:TAKES_STANCE]->(p:Position),
      (changed)-[:ON_BEHALF_OF]->(a:Actor)
WITH DISTINCT p, a, substring(toString(changed.date), 0, 7) AS month
CALL (p, a, month) {
  UNWIND $modalities AS modality
  MATCH (m:StanceMonth {positionId: p.id, actorId: a.id, modality: modality, month: month})
  DELETE m
}
CALL (p, a, month) {
  MATCH (p)<-[:TAKES_STANCE]-(s:Statement)-[:ON_BEHALF_OF]->(a)
  WHERE s.status IS NULL AND substring(toString(s.date), 0, 7) = month
  RETURN collect(DISTINCT {statementId: s.id, positionId: p.id, actorId: a.id}) AS standing
}
UNWIND standing AS counted
RETURN collect(counted) AS counted
