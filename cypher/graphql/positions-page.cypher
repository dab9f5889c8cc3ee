// Positions by type, or about an actor, place or topic, a page after a cursor, by id.
// Params: $types (position type ids, or null: the API takes in descendants before), $about (an id, or null), $afterId (or null), $limit.
MATCH (p:Position)
WHERE ($types IS NULL OR p.type IN $types)
  AND ($about IS NULL OR EXISTS { (p)-[:ABOUT]->({id: $about}) })
  AND ($afterId IS NULL OR p.id > $afterId)
RETURN p.id AS id
ORDER BY p.id
LIMIT $limit
