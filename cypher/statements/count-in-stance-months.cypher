// Counts statements in the month summaries (:StanceMonth, docs/model.md): what each actor said
// on each position in each calendar month, per modality. The one place they are computed in
// Cypher (src/analysis/months.ts computes the same in TypeScript, as the tests' oracle):
// - ingestion counts the statements it writes, in the same transaction;
// - retracting or superseding a statement empties the months it counted in and counts again the
//   statements left there, for those months only (empty-stance-months.cypher);
// - migration 005 counts every statement of a graph that had some before: it runs the lines below
//   the mark for each statement (src/migrations/migration-files.ts, "include").
// What is counted must not be counted yet: counts add to what a month holds; the evidence of the
// month's last day is replaced by a later day's, joined by the same day's, or left as it is; an
// unspecified act is written '-' in it (src/analysis/months.ts, packEvidence).
// Param: $counted, a list of {statementId, positionId, actorId}: a statement, on one position for
// one actor, or on all its positions (positionId null) for all its actors (actorId null).
UNWIND $counted AS row
MATCH (s:Statement {id: row.statementId})
// The statement first, by its key, then its stances and actors: planned together, the patterns
// below could start from a label scan of every position or actor on a graph grown since the
// plan was cached.
WITH row, s
// ---- included from here: `s` a statement, `row` its filter ({} for none) ----
MATCH (s)-[t:TAKES_STANCE]->(p:Position), (s)-[:ON_BEHALF_OF]->(a:Actor)
WHERE s.status IS NULL
  AND coalesce(row.positionId, p.id) = p.id
  AND coalesce(row.actorId, a.id) = a.id
WITH p.id AS positionId, a.id AS actorId, t.modality AS modality,
     substring(toString(s.date), 0, 7) AS month, s, t
WITH positionId, actorId, modality, month,
     max(s.date) AS lastDay,
     count(DISTINCT CASE t.stance WHEN 'SUPPORTS' THEN s.id END) AS supports,
     count(DISTINCT CASE t.stance WHEN 'OPPOSES' THEN s.id END) AS opposes,
     count(DISTINCT CASE t.stance WHEN 'NEUTRAL' THEN s.id END) AS neutral,
     collect({day: s.date, statementId: s.id, quoteId: t.quoteId, stance: t.stance, act: t.act}) AS items
WITH positionId, actorId, modality, month, lastDay, supports, opposes, neutral,
     [item IN items WHERE item.day = lastDay |
      item.statementId + ' ' + item.quoteId + ' ' + item.stance + ' ' + coalesce(item.act, '-')] AS evidence
MERGE (m:StanceMonth {positionId: positionId, actorId: actorId, modality: modality, month: month})
ON CREATE SET m.supports = 0, m.opposes = 0, m.neutral = 0
// Adding to the counts takes the node's write lock before reading them, so the day compared
// below is the last one committed, even with another ingestion running.
SET m.supports = m.supports + supports,
    m.opposes = m.opposes + opposes,
    m.neutral = m.neutral + neutral
WITH m, evidence, lastDay,
     m.lastDay IS NULL OR lastDay > m.lastDay AS later,
     m.lastDay = lastDay AS same
SET m.evidence = CASE
      WHEN later THEN evidence
      WHEN same THEN m.evidence + evidence
      ELSE m.evidence END,
    m.lastDay = CASE WHEN later THEN lastDay ELSE m.lastDay END
