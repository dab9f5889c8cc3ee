// Data migration 010: documents with a content hash and what it is made of
// (src/ingest/plan/definition-hashes.ts), a page at a time, by id. Times come as the driver
// writes them (ISO 8601), as the export gives them.
// Params: $after (the last id of the page before, '' for the first), $limit.
MATCH (d:Document)
WHERE d.id > $after AND d.contentHash IS NOT NULL
WITH d ORDER BY d.id LIMIT $limit
RETURN elementId(d) AS node, d.contentHash AS contentHash, d.id AS id,
       head([(d)-[:PUBLISHED_BY]->(s:Source) | s.id]) AS source, d.title AS title, d.url AS url,
       d.publishedAt AS publishedAt, coalesce(d.publishedAtZoneKnown, false) AS publishedAtZoneKnown,
       d.retrievedAt AS retrievedAt,
       [(d)-[:REPUBLISHED_BY]->(r:Source) | r.id] AS republishedBy,
       d.language AS language, coalesce(d.framing, []) AS framing
ORDER BY id
