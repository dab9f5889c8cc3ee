// Export (GraphML, GEXF) of the whole graph: every relationship between exported nodes, streamed.
// A stance carries its statement's date. Params: $internal (labels never exported).
MATCH (a)-[r]->(b)
WHERE none(label IN labels(a) WHERE label IN $internal) AND none(label IN labels(b) WHERE label IN $internal)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties,
       CASE WHEN type(r) = 'TAKES_STANCE' THEN toString(a.date) END AS date
