// Ingestion: verbatim quotes (id = hash of the normalised text) and the statements quoting
// them. Param: $rows.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MERGE (q:Quote {id: row.id})
ON CREATE SET q.text = row.text
MERGE (s)-[r:QUOTES {ref: row.ref}]->(q)
