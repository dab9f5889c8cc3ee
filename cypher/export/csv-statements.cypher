// Export (CSV): a row per statement of the slice.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors.
MATCH (s:Statement)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
RETURN s.id AS id, toString(s.date) AS date, s.datePrecision AS datePrecision, s.kind AS kind,
       [(speaker)-[:MADE]->(s) | speaker.id] AS speakers,
       [(s)-[:ON_BEHALF_OF]->(a) | a.id] AS actors,
       [(s)-[:CONCERNS]->(t) | t.id] AS topics,
       s.summary AS summary, s.language AS language, s.location AS location,
       [(s)-[:REPORTED_IN]->(d) | d.id] AS documents, s.status AS status
