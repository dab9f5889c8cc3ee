// Which peace plans are there (on a topic), who proposed them, what they include, with whom
// they are to be negotiated, and their status, as defined and as statements reported it over
// time (retracted and superseded statements left out)? A plan is on a topic when it is about
// the topic, when one of its principles is, or when a statement on the topic takes a stance on
// it. Each actor's stances on a plan over time come from stance-observations.cypher.
// Params: $topic  a topic id, or null for every plan
//         $asOf   an ISO date-time, or null for the present: as the graph stood then
//                 (docs/model.md, "Knowledge time")
// In Neo4j Browser, first:
//   :param topic => 'nagorno-karabakh'
//   :param asOf => null
MATCH (plan:Position:PeacePlan)
WHERE $topic IS NULL
   OR EXISTS { (plan)-[:ABOUT]->(:Topic {id: $topic}) }
   OR EXISTS { (plan)-[:INCLUDES]->(:Position)-[:ABOUT]->(:Topic {id: $topic}) }
   OR EXISTS { (plan)<-[:TAKES_STANCE]-(:Statement)-[:CONCERNS]->(:Topic {id: $topic}) }
RETURN plan.id AS positionId,
       plan.name AS name,
       plan.status AS status,
       COLLECT { MATCH (plan)-[:PROPOSED_BY]->(a:Actor) RETURN a.id ORDER BY a.id } AS proposedBy,
       COLLECT { MATCH (plan)-[:INCLUDES]->(p:Position) RETURN p.id ORDER BY p.id } AS principles,
       COLLECT { MATCH (plan)-[:IN_CONSULTATION_WITH]->(a:Actor) RETURN a.id ORDER BY a.id }
         AS partners,
       coalesce(plan.consultationDescriptions, []) AS partnerDescriptions,
       COLLECT {
         MATCH (plan)<-[r:REPORTS_STATUS]-(s:Statement)
         WHERE CASE WHEN $asOf IS NULL THEN s.status IS NULL
           ELSE coalesce(s.recordedAt <= datetime($asOf), true)
             AND (s.status IS NULL OR coalesce(s.statusChangedAt > datetime($asOf), false)) END
         WITH s, r ORDER BY s.date, s.id, r.status, r.quoteId
         RETURN {date: toString(s.date), status: r.status, statementId: s.id, quoteId: r.quoteId}
       } AS statusHistory
ORDER BY positionId
