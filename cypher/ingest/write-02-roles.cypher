// Ingestion: roles held by persons, e.g. spokesman of a ministry. Param: $rows.
UNWIND $rows AS row
MATCH (p:Actor {id: row.personId})
MATCH (o:Actor {id: row.actorId})
MERGE (p)-[r:HOLDS_ROLE {title: row.title}]->(o)
ON CREATE SET r.from = row.from, r.to = row.to
