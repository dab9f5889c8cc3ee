// What positions link to, for a list of positions at once: subjects in order, and the links of
// peace plans and red lines. Params: $ids (position ids).
MATCH (p:Position) WHERE p.id IN $ids
CALL (p) {
  OPTIONAL MATCH (p)-[a:ABOUT]->(s)
  WITH s, a ORDER BY a.ord
  RETURN collect({id: s.id, kind: CASE WHEN s:Actor THEN 'actor' WHEN s:Place THEN 'place' ELSE 'topic' END}) AS subjects
}
RETURN p.id AS id, subjects,
  [(p)-[:PROPOSED_BY]->(a:Actor) | a.id] AS proposedBy,
  [(p)-[:INCLUDES]->(x:Position) | x.id] AS principles,
  [(p)-[:IN_CONSULTATION_WITH]->(a:Actor) | a.id] AS partners,
  [(p)-[:DECLARED_BY]->(a:Actor) | a.id] AS declaredBy,
  head([(p)-[:TRIGGERED_BY]->(e:Event) | e.id]) AS triggerEvent
