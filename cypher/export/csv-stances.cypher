// Export (CSV): a row per stance a statement of the slice takes, with the quote that carries it;
// by statement id, then position id (so two stores holding the same graph export the same bytes).
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors.
MATCH (s:Statement)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
WITH s ORDER BY s.id
// The statement's stances in position order, read after the statements are in order: sorting
// the stances themselves would hold every one of them in memory at once.
CALL (s) {
  MATCH (s)-[r:TAKES_STANCE]->(p:Position)
  RETURN r, p ORDER BY p.id
}
OPTIONAL MATCH (q:Quote {id: r.quoteId})
RETURN s.id AS statement, toString(s.date) AS date,
       COLLECT { MATCH (speaker)-[m:MADE]->(s) RETURN speaker.id ORDER BY coalesce(m.ord, 0), speaker.id } AS speakers,
       COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(a) RETURN a.id ORDER BY a.id } AS actors,
       p.id AS position, p.type AS type, r.stance AS stance, r.act AS act, r.modality AS modality,
       q.text AS quote, s.status AS status
