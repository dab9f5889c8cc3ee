// Export (GraphML, GEXF, CSV): each stance of a statement as the stance of every actor it was
// made on behalf of, with the statement, its date and status.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $from, $to, $topic, $actors.
MATCH (s:Statement)-[r:TAKES_STANCE]->(p:Position)
WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
MATCH (s)-[:ON_BEHALF_OF]->(actor:Actor)
RETURN actor.id AS source, p.id AS target, s.id AS statement, r.stance AS stance, r.act AS act,
       r.modality AS modality, toString(s.date) AS date, s.status AS status
