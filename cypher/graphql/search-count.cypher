// How many hits a full-text search has (cypher/graphql/search.cypher, whose filter this is):
// the connection's totalCount, run only when it is asked for.
// Params: $text (Lucene syntax), $includeRetracted (boolean), $asOf (an ISO date-time, or null
// for the present: as the graph stood then)
// In Neo4j Browser, first:
//   :param text => 'ceasefire'
//   :param includeRetracted => false
//   :param asOf => null
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node
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
RETURN count(node) AS total
