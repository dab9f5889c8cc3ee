// Counts statements of the graph in the month summaries (:StanceMonth, docs/model.md): what
// each actor said on each position in each calendar month, per modality. Summarised here, they
// are added by add-to-stance-months.cypher, the query ingestion adds its own summaries with
// (computed in TypeScript from what it writes, src/analysis/months.ts, which is also the tests'
// oracle). Used by:
// - retracting or superseding a statement: empty-stance-months.cypher empties the months it
//   counted in, and the statements left there are counted again, for those months only;
// - migration 005, which counts every statement of a graph that had some before: it runs the
//   lines below the mark for each statement (src/neo4j/cypher-includes.ts).
// What is counted must not be counted yet: counts add to what a month holds. In Neo4j Browser,
// paste the lines of add-to-stance-months.cypher below its mark in place of the include line.
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
WITH {positionId: positionId, actorId: actorId, modality: modality, month: month,
      supports: supports, opposes: opposes, neutral: neutral, lastDay: lastDay,
      evidence: evidence} AS summary
// include statements/add-to-stance-months.cypher
