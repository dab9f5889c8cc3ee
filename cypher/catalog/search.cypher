// Full-text search over quotes and statement summaries (Lucene syntax: words, "a phrase",
// wild*), best first: each hit with its statement, the day, who spoke and on whose behalf.
// Params: $text  what to look for
//         $includeRetracted  true: retracted and superseded statements too
//         $limit how many hits at most
// In Neo4j Browser, first:
//   :param text => 'ceasefire'
//   :param includeRetracted => false
//   :param limit => 20
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node, score
CALL (node) {
  MATCH (s:Statement)-[:QUOTES]->(node) RETURN s
  UNION
  MATCH (s:Statement) WHERE s = node RETURN s
}
WITH node, score, s WHERE $includeRetracted OR s.status IS NULL
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
