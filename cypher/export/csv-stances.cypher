// Export (CSV): a row per stance a statement of the slice takes, with the quote that carries it.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors.
MATCH (s:Statement)-[r:TAKES_STANCE]->(p:Position)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
OPTIONAL MATCH (q:Quote {id: r.quoteId})
RETURN s.id AS statement, toString(s.date) AS date,
       [(speaker)-[:MADE]->(s) | speaker.id] AS speakers,
       [(s)-[:ON_BEHALF_OF]->(a) | a.id] AS actors,
       p.id AS position, p.type AS type, r.stance AS stance, r.act AS act, r.modality AS modality,
       q.text AS quote, s.status AS status
