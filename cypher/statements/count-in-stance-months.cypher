// Counts statements of the graph in the month summaries (:StanceMonth, docs/model.md): what
// each actor said on each position in each calendar month, per modality. It reads their stances
// and adds them with the lines of add-to-stance-months.cypher, the query ingestion adds the
// statements it writes with, so what a summary holds is said once. Used by:
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
WITH {positionId: p.id, actorId: a.id, modality: t.modality, day: s.date, statementId: s.id,
      quoteId: t.quoteId, stance: t.stance, act: t.act} AS o
// include statements/add-to-stance-months.cypher
