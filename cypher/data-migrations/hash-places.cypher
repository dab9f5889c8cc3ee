// Data migration 010: places with a content hash and what it is made of
// (src/ingest/plan/definition-hashes.ts), a page at a time, by id.
// Params: $after (the last id of the page before, '' for the first), $limit.
MATCH (p:Place)
WHERE p.id > $after AND p.contentHash IS NOT NULL
WITH p ORDER BY p.id LIMIT $limit
RETURN elementId(p) AS node, p.contentHash AS contentHash, p.id AS id, p.name AS name,
       coalesce(p.aliases, []) AS aliases, head([(p)-[:WITHIN]->(w) | w.id]) AS within
ORDER BY id
