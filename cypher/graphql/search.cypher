// Full-text search over quotes and statement summaries (Lucene syntax), best first, with the
// statements behind each hit. Params: $text, $limit, $includeRetracted, $asOf (an ISO date-time,
// or null for the present: as the graph stood then, docs/model.md "Knowledge time"; a hit none
// of whose statements was recorded by then is left out).
// The index gives hits best first, so the filter runs on each hit as it comes and LIMIT stops
// the read after $limit kept hits: a common word costs $limit hits, not all of them. The rows
// come in the index's order (no ORDER BY: given one, the planner may sort every hit before the
// LIMIT); hits of equal score come in the index's order, so which of a tie at the page's end
// make the page is the index's choice, and the API orders the page by score, then id
// (src/graphql/resolvers/query.resolver.ts). The statements behind a hit are read for the
// page's hits only. (This query used to collect every hit's statements through a UNION whose
// `MATCH (s:Statement) WHERE s = node` was planned as a scan of every statement: bench:peer,
// docs/benchmarks.md.)
// In Neo4j Browser, first:
//   :param text => 'ceasefire'
//   :param limit => 10
//   :param includeRetracted => false
//   :param asOf => null
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node, score
WHERE EXISTS {
    MATCH (s:Statement)-[:QUOTES]->(node)
    WHERE ($asOf IS NULL OR coalesce(s.recordedAt <= datetime($asOf), true))
      AND ($includeRetracted OR s.status IS NULL
        OR coalesce(s.statusChangedAt > datetime($asOf), false))
  }
   OR (node:Statement
    AND ($asOf IS NULL OR coalesce(node.recordedAt <= datetime($asOf), true))
    AND ($includeRetracted OR node.status IS NULL
      OR coalesce(node.statusChangedAt > datetime($asOf), false)))
WITH node, score
LIMIT $limit
RETURN CASE WHEN node:Quote THEN 'quote' ELSE 'statement' END AS kind, node.id AS id,
  coalesce(node.text, node.summary) AS text, score,
  CASE WHEN node:Statement THEN [node.id] ELSE COLLECT {
    MATCH (s:Statement)-[:QUOTES]->(node)
    WHERE ($asOf IS NULL OR coalesce(s.recordedAt <= datetime($asOf), true))
      AND ($includeRetracted OR s.status IS NULL
        OR coalesce(s.statusChangedAt > datetime($asOf), false))
    RETURN s.id ORDER BY s.id
  } END AS statements
