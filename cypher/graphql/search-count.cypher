// How many hits a full-text search has (cypher/graphql/search.cypher, whose filter this is):
// the connection's totalCount, run only when it is asked for.
// Params: $text (Lucene syntax), $includeRetracted (boolean)
// In Neo4j Browser, first:
//   :param text => 'ceasefire'
//   :param includeRetracted => false
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node
WHERE $includeRetracted
   OR EXISTS { MATCH (s:Statement)-[:QUOTES]->(node) WHERE s.status IS NULL }
   OR (node:Statement AND node.status IS NULL)
RETURN count(node) AS total
