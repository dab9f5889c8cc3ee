// Export (GraphML, GEXF) of a slice: the relationships of its statements. A stance carries its
// statement's date.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors, $internal (labels never exported).
MATCH (s:Statement)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
MATCH (s)-[r]-(n) WHERE none(label IN labels(n) WHERE label IN $internal)
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties,
       CASE WHEN type(r) = 'TAKES_STANCE' THEN toString(a.date) END AS date
