// Ingestion: topics (conflicts, issues). Param: $rows.
UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
ON CREATE SET t.name = row.name, t.description = row.description, t.contentHash = row.contentHash
