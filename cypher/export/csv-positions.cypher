// Export (CSV): a row per position, by id; in a slice ($sliced), those its statements take a
// stance on.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $sliced, $from, $to, $topic, $actors.
MATCH (p:Position)
WHERE NOT $sliced OR EXISTS {
  MATCH (s:Statement)-[:TAKES_STANCE]->(p)
  WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
}
WITH p ORDER BY p.id
CALL (p) {
  MATCH (p)-[about:ABOUT]->(subject)
  WITH subject, about ORDER BY about.ord
  RETURN collect(subject.id) AS subjects
}
RETURN p.id AS id, p.type AS type, p.label AS label, subjects, p.qualifier AS qualifier
