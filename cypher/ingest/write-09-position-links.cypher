// Ingestion: what positions are about, what plans include, who proposes and consults on
// plans, who declares red lines and what triggered them. Param: $rows (positions).
UNWIND $rows AS row
MATCH (p:Position {id: row.id})
CALL (p, row) {
  UNWIND row.subjects AS subject
  CALL (subject) {
    MATCH (s:Actor {id: subject.id}) WHERE subject.label = 'Actor' RETURN s
    UNION
    MATCH (s:Place {id: subject.id}) WHERE subject.label = 'Place' RETURN s
    UNION
    MATCH (s:Topic {id: subject.id}) WHERE subject.label = 'Topic' RETURN s
  }
  MERGE (p)-[r:ABOUT]->(s)
  ON CREATE SET r.ord = subject.ord
}
CALL (p, row) {
  UNWIND coalesce(row.peacePlan.principles, []) AS principleId
  MATCH (principle:Position {id: principleId})
  MERGE (p)-[:INCLUDES]->(principle)
}
CALL (p, row) {
  UNWIND coalesce(row.peacePlan.proposedBy, []) AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (p)-[:PROPOSED_BY]->(a)
}
CALL (p, row) {
  UNWIND coalesce(row.peacePlan.partners, []) AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (p)-[:IN_CONSULTATION_WITH]->(a)
}
CALL (p, row) {
  UNWIND coalesce(row.redLine.declaredBy, []) AS actorId
  MATCH (a:Actor {id: actorId})
  MERGE (p)-[:DECLARED_BY]->(a)
}
CALL (p, row) {
  WITH row.redLine.triggerEvent AS eventId WHERE eventId IS NOT NULL
  MATCH (e:Event {id: eventId})
  MERGE (p)-[:TRIGGERED_BY]->(e)
}
