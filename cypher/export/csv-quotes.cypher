// Export (CSV): a row per quote of a statement of the slice (a text two statements quote is
// listed for each); by statement id, then the statement's ref (so two stores holding the same
// graph export the same bytes).
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors.
MATCH (s:Statement)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
WITH s ORDER BY s.id
CALL (s) {
  MATCH (s)-[r:QUOTES]->(q:Quote)
  RETURN r, q ORDER BY r.ref
}
RETURN q.id AS id, s.id AS statement, r.ref AS ref, q.text AS text
