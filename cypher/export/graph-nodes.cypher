// Export (GraphML, GEXF) of the whole graph: every node but the internal ones, streamed.
// Params: $internal (labels never exported).
MATCH (n) WHERE none(label IN labels(n) WHERE label IN $internal)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
