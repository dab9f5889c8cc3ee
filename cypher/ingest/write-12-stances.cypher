// Ingestion: stances, each carried by one quote. A statement may take several stances on one
// position (other acts, other quotes); the quote and act tell them apart. Param: $rows.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (p:Position {id: row.positionId})
MERGE (s)-[r:TAKES_STANCE {quoteId: row.quoteId, act: row.act}]->(p)
ON CREATE SET r.stance = row.stance, r.modality = row.modality, r.target = row.target
