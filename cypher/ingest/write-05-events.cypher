// Ingestion: events that statements respond to. Param: $rows.
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET
  e.date = date(row.date),
  e.datePrecision = row.datePrecision,
  e.description = row.description,
  e.contentHash = row.contentHash
FOREACH (placeId IN row.places |
  MERGE (pl:Place {id: placeId})
  MERGE (e)-[:AT]->(pl))
FOREACH (topicId IN row.topics |
  MERGE (t:Topic {id: topicId})
  MERGE (e)-[:CONCERNS]->(t))
