// Topics, a page after a cursor, by id. Params: $afterId (or null), $limit.
MATCH (t:Topic)
WHERE $afterId IS NULL OR t.id > $afterId
RETURN t.id AS id
ORDER BY t.id
LIMIT $limit
