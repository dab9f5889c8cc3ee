// Data migration 010: positions with a content hash and what it is made of
// (src/ingest/plan/definition-hashes.ts): subjects in order with the label they were resolved
// to, and plan and red-line fields. A page at a time, by id.
// Params: $after (the last id of the page before, '' for the first), $limit.
MATCH (p:Position)
WHERE p.id > $after AND p.contentHash IS NOT NULL
WITH p ORDER BY p.id LIMIT $limit
CALL (p) {
  OPTIONAL MATCH (p)-[a:ABOUT]->(s)
  WITH s, a ORDER BY a.ord
  RETURN collect(CASE WHEN s IS NOT NULL THEN {
    id: s.id,
    label: CASE WHEN s:Place THEN 'Place' WHEN s:Topic THEN 'Topic' ELSE 'Actor' END,
    ord: a.ord
  } END) AS subjects
}
RETURN elementId(p) AS node, p.contentHash AS contentHash, p.id AS id, p.type AS type,
  p.label AS label, p.qualifier AS qualifier, subjects,
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
