// Peace plans and who stands where
// Each plan, who proposed it, the positions it includes, and every actor's stance on it.
MATCH (plan:PeacePlan)
OPTIONAL MATCH (plan)-[:PROPOSED_BY]->(proposedBy:Actor)
OPTIONAL MATCH (plan)-[:INCLUDES]->(principle:Position)
OPTIONAL MATCH (plan)<-[r:TAKES_STANCE]-(s:Statement)-[:ON_BEHALF_OF]->(actor:Actor)
RETURN plan, proposedBy, principle, s, actor,
       CASE WHEN r IS NOT NULL
         THEN apoc.create.vRelationship(s, r.stance, {act: r.act}, plan) END AS stance
