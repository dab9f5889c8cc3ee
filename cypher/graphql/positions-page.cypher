// Positions by type, or about an actor, place or topic, a page after a cursor, by id.
// Params: $type (or null), $about (an id, or null), $afterId (or null), $limit.
MATCH (p:Position)
WHERE ($type IS NULL OR p.type = $type)
  AND ($about IS NULL OR EXISTS { (p)-[:ABOUT]->({id: $about}) })
  AND ($afterId IS NULL OR p.id > $afterId)
RETURN p.id AS id
ORDER BY p.id
LIMIT $limit
