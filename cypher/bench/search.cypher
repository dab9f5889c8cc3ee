// bench:peer, hand-written: full-text search over quotes (Lucene syntax), best first, the first
// $first hits with the statements that cite each. The index gives hits best first, so LIMIT
// stops the read early; only quotes cited by a statement in force count. Params: $text, $first.
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node, score
WHERE node:Quote
  AND EXISTS { MATCH (s:Statement)-[:QUOTES]->(node) WHERE s.status IS NULL }
WITH node, score LIMIT $first
RETURN node.id AS id, node.text AS text, score,
  [(s:Statement)-[:QUOTES]->(node) WHERE s.status IS NULL | s.id] AS statements
