// Export (GraphML, GEXF) of a slice: its statements and every node one relationship away.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors, $internal (labels never exported).
MATCH (s:Statement)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
CALL (s) {
  RETURN s AS n
  UNION
  MATCH (s)--(n) WHERE none(label IN labels(n) WHERE label IN $internal)
  RETURN n
}
WITH DISTINCT n
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
