// Ingestion: places, and the state or place each lies within. Param: $rows.
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = row.aliases, p.contentHash = row.contentHash
WITH p, row WHERE row.within IS NOT NULL
CALL (row) {
  MATCH (c:Place {id: row.within}) RETURN c
  UNION
  MATCH (c:Actor {id: row.within}) RETURN c
}
MERGE (p)-[:WITHIN]->(c)
