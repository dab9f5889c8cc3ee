// Ingestion: outlets. Param: $rows.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s.name = row.name, s.url = row.url, s.contentHash = row.contentHash
