// Ingestion: persons, organisations and authorities defined in a batch. Param: $rows.
// ON CREATE only: a re-ingest of the same content changes nothing (validation has already
// refused the same id with other content).
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET
  a.name = row.name,
  a.aliases = row.aliases,
  a.kind = row.kind,
  a.wikidataId = row.wikidataId,
  a.orgKind = row.orgKind,
  a.contentHash = row.contentHash,
  a.recordedAt = datetime()
FOREACH (_ IN CASE WHEN row.kind = 'PERSON' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.kind = 'AUTHORITY' THEN [1] ELSE [] END | SET a:Authority)
WITH a, row WHERE row.partOf IS NOT NULL
MATCH (parent:Actor {id: row.partOf})
MERGE (a)-[:PART_OF]->(parent)
