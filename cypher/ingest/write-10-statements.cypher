// Ingestion: statements, who made them, on whose behalf, on what, in response to what,
// reported where. Param: $rows.
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET
  s.date = date(row.date),
  s.datePrecision = row.datePrecision,
  s.kind = row.kind,
  s.summary = row.summary,
  s.language = row.language,
  s.location = row.location,
  s.contentHash = row.contentHash,
  s.recordedAt = datetime()
WITH s, row
CALL (s, row) {
  WITH row.speaker AS speakerId WHERE speakerId IS NOT NULL
  MATCH (speaker:Actor {id: speakerId})
  MERGE (speaker)-[:MADE]->(s)
}
CALL (s, row) {
  UNWIND row.onBehalfOf AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (s)-[:ON_BEHALF_OF]->(a)
}
CALL (s, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  MERGE (s)-[:CONCERNS]->(t)
}
CALL (s, row) {
  UNWIND row.respondsTo AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (s)-[:RESPONDS_TO]->(e)
}
CALL (s, row) {
  UNWIND row.reportedIn AS documentId
  MATCH (d:Document {id: documentId})
  MERGE (s)-[:REPORTED_IN]->(d)
}
