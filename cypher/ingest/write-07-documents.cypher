// Ingestion: articles, their outlet and republishers, and the outlet's own framing.
// publishedAt is a datetime when the source gave a zone, a localdatetime when it did not.
// Param: $rows.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
ON CREATE SET
  d.title = row.title,
  d.url = row.url,
  d.publishedAt = CASE
    WHEN row.publishedAt IS NULL THEN null
    WHEN row.publishedAtZoneKnown THEN datetime(row.publishedAt)
    ELSE localdatetime(row.publishedAt)
  END,
  d.publishedAtZoneKnown = row.publishedAtZoneKnown,
  d.retrievedAt = CASE WHEN row.retrievedAt IS NULL THEN null ELSE datetime(row.retrievedAt) END,
  d.language = row.language,
  d.framing = row.framing,
  d.contentHash = row.contentHash
WITH d, row
MATCH (s:Source {id: row.source})
MERGE (d)-[:PUBLISHED_BY]->(s)
WITH d, row
UNWIND row.republishedBy AS republisherId
MATCH (r:Source {id: republisherId})
MERGE (d)-[:REPUBLISHED_BY]->(r)
