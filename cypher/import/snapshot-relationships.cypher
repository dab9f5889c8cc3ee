// Bulk import: every relationship of a graph that holds only what migrations wrote, between the
// nodes of snapshot-nodes.cypher, with its properties' values and types.
MATCH (a)-[r]->(b)
RETURN
  elementId(a) AS startId,
  elementId(b) AS endId,
  type(r) AS type,
  [key IN keys(r) | {key: key, value: r[key], type: valueType(r[key])}] AS properties
