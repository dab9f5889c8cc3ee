// Export (GraphML, GEXF): every property key of the exported nodes and relationships, with the
// types of its values, so that a writer can declare its attributes before the first node.
// Params: $internal (labels never exported, e.g. ['Migration', 'StanceMonth']).
CALL () {
  MATCH (n) WHERE none(label IN labels(n) WHERE label IN $internal)
  UNWIND keys(n) AS key
  RETURN 'node' AS of, key, collect(DISTINCT valueType(n[key])) AS types
  UNION ALL
  MATCH (a)-[r]->(b)
  WHERE none(label IN labels(a) WHERE label IN $internal) AND none(label IN labels(b) WHERE label IN $internal)
  UNWIND keys(r) AS key
  RETURN 'edge' AS of, key, collect(DISTINCT valueType(r[key])) AS types
}
RETURN of, key, types
ORDER BY of, key
