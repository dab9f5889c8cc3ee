// Full-text search over quotes and statement summaries (Lucene syntax: words, "a phrase",
// wild*), best first: each hit with its statement, the day, who spoke and on whose behalf.
// Params: $text  what to look for
//         $includeRetracted  true: retracted and superseded statements too
//         $limit how many hits at most
//         $asOf  an ISO date-time, or null for the present: as the graph stood then
//                (docs/model.md, "Knowledge time")
// In Neo4j Browser, first:
//   :param text => 'ceasefire'
//   :param includeRetracted => false
//   :param limit => 20
//   :param asOf => null
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node, score
// A hit is a quote (its statements) or a statement's summary (the statement itself; as a
// `MATCH (s:Statement) WHERE s = node` it was planned as a scan of every statement per query).
CALL (node) {
  MATCH (s:Statement)-[:QUOTES]->(node) RETURN s
  UNION
  WITH node WHERE node:Statement RETURN node AS s
}
WITH node, score, s
WHERE ($asOf IS NULL OR coalesce(s.recordedAt <= datetime($asOf), true))
  AND ($includeRetracted OR s.status IS NULL
    OR coalesce(s.statusChangedAt > datetime($asOf), false))
CALL (s) {
  OPTIONAL MATCH (speaker:Person)-[:MADE]->(s)
  RETURN collect(speaker.name) AS speakers
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(actor:Actor)
  RETURN collect(actor.name) AS onBehalfOf
}
RETURN s.id AS statement, toString(s.date) AS date, speakers, onBehalfOf,
  CASE WHEN node:Quote THEN 'quote' ELSE 'summary' END AS kind,
  coalesce(node.text, node.summary) AS text, score
ORDER BY score DESC, statement
LIMIT toInteger($limit)
