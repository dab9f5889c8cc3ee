// Ingestion: positions, with PeacePlan and RedLine labels and fields. Param: $rows.
UNWIND $rows AS row
MERGE (p:Position {id: row.id})
ON CREATE SET
  p.type = row.type,
  p.label = row.label,
  p.qualifier = row.qualifier,
  p.contentHash = row.contentHash
