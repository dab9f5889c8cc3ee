// Data migration 010: events with a content hash and what it is made of
// (src/ingest/plan/definition-hashes.ts), a page at a time, by id.
// Params: $after (the last id of the page before, '' for the first), $limit.
MATCH (e:Event)
WHERE e.id > $after AND e.contentHash IS NOT NULL
WITH e ORDER BY e.id LIMIT $limit
RETURN elementId(e) AS node, e.contentHash AS contentHash, e.id AS id,
       toString(e.date) AS date, e.datePrecision AS datePrecision, e.description AS description,
       [(e)-[:AT]->(p:Place) | p.id] AS places,
       [(e)-[:CONCERNS]->(t:Topic) | t.id] AS topics
ORDER BY id
