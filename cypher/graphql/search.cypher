// Full-text search over quotes and statement summaries (Lucene syntax), best first, with the
// statements behind each hit. Params: $text, $limit, $includeRetracted, $asOf (an ISO date-time,
// or null for the present: as the graph stood then, docs/model.md "Knowledge time"; a hit none
// of whose statements was recorded by then is left out).
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node, score
WITH node, score
CALL (node) {
  MATCH (s:Statement)-[:QUOTES]->(node) RETURN s
  UNION
  MATCH (s:Statement) WHERE s = node RETURN s
}
WITH node, score, s
WHERE ($asOf IS NULL OR coalesce(s.recordedAt <= datetime($asOf), true))
  AND ($includeRetracted OR s.status IS NULL
    OR coalesce(s.statusChangedAt > datetime($asOf), false))
WITH node, score, collect(s.id) AS statements
RETURN CASE WHEN node:Quote THEN 'quote' ELSE 'statement' END AS kind, node.id AS id,
  coalesce(node.text, node.summary) AS text, score, statements
ORDER BY score DESC, id
LIMIT $limit
