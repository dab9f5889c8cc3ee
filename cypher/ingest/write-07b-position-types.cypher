// Ingestion: position types a file defines, parents before children (the plan sorts them), each
// linked to its parent by SUBTYPE_OF. A type's drafting cues are kept as JSON text in `cues`
// (null when it brings none; `diplograph draft` reads them, cypher/draft/directory.cypher).
// Param: $rows.
UNWIND $rows AS row
MERGE (t:PositionType {id: row.id})
ON CREATE SET
  t.label = row.label,
  t.description = row.description,
  t.parent = row.parent,
  t.cues = row.cues,
  t.contentHash = row.contentHash
WITH t, row
WHERE row.parent IS NOT NULL
MATCH (parent:PositionType {id: row.parent})
MERGE (t)-[:SUBTYPE_OF]->(parent)
