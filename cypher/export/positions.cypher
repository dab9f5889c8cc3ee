// Export: positions with their subjects in order, and plan and red-line fields. No parameters.
MATCH (p:Position)
CALL (p) {
  MATCH (p)-[a:ABOUT]->(s)
  WITH s, a ORDER BY a.ord
  RETURN collect(s.id) AS subjects
}
RETURN p.id AS id, p.type AS type, subjects, p.qualifier AS qualifier, p.label AS label,
  CASE WHEN p:PeacePlan THEN {
    name: p.name,
    status: p.status,
    proposedBy: [(p)-[:PROPOSED_BY]->(a) | a.id],
    principles: [(p)-[:INCLUDES]->(x) | x.id],
    partners: [(p)-[:IN_CONSULTATION_WITH]->(a) | a.id],
    partnerDescriptions: coalesce(p.consultationDescriptions, [])
  } END AS peacePlan,
  CASE WHEN p:RedLine THEN {
    declaredBy: [(p)-[:DECLARED_BY]->(a) | a.id],
    condition: p.condition,
    threatenedResponse: p.threatenedResponse,
    triggerEvent: head([(p)-[:TRIGGERED_BY]->(e) | e.id])
  } END AS redLine
ORDER BY id
