// Red lines and their trigger events
// Each red line, who declared it, the statements that declared or invoked it and the events
// those statements responded to.
MATCH (redLine:RedLine)
OPTIONAL MATCH (redLine)-[:DECLARED_BY]->(declaredBy:Actor)
OPTIONAL MATCH (redLine)<-[r:TAKES_STANCE]-(s:Statement)
OPTIONAL MATCH (s)-[:RESPONDS_TO]->(event:Event)
RETURN redLine, declaredBy, s, event,
       CASE WHEN r IS NOT NULL
         THEN apoc.create.vRelationship(s, r.stance, {act: r.act}, redLine) END AS stance
