// Actors by kind or name, a page after a cursor, by id. Params: $kind (or null), $name (a
// case-insensitive part of the name or an alias, or null), $afterId (or null), $limit.
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind OR ($kind = 'STATE' AND a:State))
  AND ($name IS NULL OR toLower(a.name) CONTAINS toLower($name)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($name)))
  AND ($afterId IS NULL OR a.id > $afterId)
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit
