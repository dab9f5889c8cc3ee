// Ingestion: position types a file defines, parents before children (the plan sorts them), each
// linked to its parent by SUBTYPE_OF. Param: $rows.
UNWIND $rows AS row
MERGE (t:PositionType {id: row.id})
ON CREATE SET
  t.label = row.label,
  t.description = row.description,
  t.parent = row.parent,
  t.contentHash = row.contentHash
WITH t, row
WHERE row.parent IS NOT NULL
MATCH (parent:PositionType {id: row.parent})
MERGE (t)-[:SUBTYPE_OF]->(parent)
