// Recomputes the month summaries (:StanceMonth, docs/model.md) that a change of these
// statements' status touches: every position, actor and month they speak to, rebuilt from the
// statements that still count (a month with none left loses its summary). Runs in the same
// transaction as the retraction or supersession, so the summaries never disagree with it.
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
  MATCH (p)<-[t:TAKES_STANCE]-(s:Statement)-[:ON_BEHALF_OF]->(a)
  WHERE s.status IS NULL AND substring(toString(s.date), 0, 7) = month
  WITH t.modality AS modality, s, t
  WITH modality,
       max(s.date) AS lastDay,
       count(DISTINCT CASE t.stance WHEN 'SUPPORTS' THEN s.id END) AS supports,
       count(DISTINCT CASE t.stance WHEN 'OPPOSES' THEN s.id END) AS opposes,
       count(DISTINCT CASE t.stance WHEN 'NEUTRAL' THEN s.id END) AS neutral,
       collect({day: s.date, statementId: s.id, quoteId: t.quoteId, stance: t.stance, act: t.act}) AS items
  WITH modality, lastDay, supports, opposes, neutral,
       [item IN items WHERE item.day = lastDay] AS last
  CREATE (:StanceMonth {
    positionId: p.id,
    actorId: a.id,
    modality: modality,
    month: month,
    supports: supports,
    opposes: opposes,
    neutral: neutral,
    lastDay: lastDay,
    evidence: [item IN last | item.statementId + ' ' + item.quoteId + ' ' + item.stance + ' ' + item.act]
  })
}
RETURN count(*) AS months
