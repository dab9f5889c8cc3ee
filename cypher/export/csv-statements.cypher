// Export (CSV): a row per statement of the slice, by id (so two stores holding the same graph
// export the same bytes); speakers in the order given, other lists by id.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors.
MATCH (s:Statement)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
WITH s ORDER BY s.id
RETURN s.id AS id, toString(s.date) AS date, s.datePrecision AS datePrecision, s.kind AS kind,
       COLLECT { MATCH (speaker)-[m:MADE]->(s) RETURN speaker.id ORDER BY coalesce(m.ord, 0), speaker.id } AS speakers,
       COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(a) RETURN a.id ORDER BY a.id } AS actors,
       COLLECT { MATCH (s)-[:CONCERNS]->(t) RETURN t.id ORDER BY t.id } AS topics,
       s.summary AS summary, s.language AS language, s.location AS location,
       COLLECT { MATCH (s)-[:REPORTED_IN]->(d) RETURN d.id ORDER BY d.id } AS documents, s.status AS status
