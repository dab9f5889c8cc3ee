// One statement whole: who (each speaker with the role they spoke in, in the order given), when,
// for whom, where it was reported, its stances each with its quote, and its quotes.
// Params: $id  a statement id
// In Neo4j Browser, first:
//   :param id => 'statement:irn-mfa-2020-10-05-press-conference'
MATCH (s:Statement {id: $id})
CALL (s) {
  OPTIONAL MATCH (speaker:Actor)-[m:MADE]->(s)
  WITH speaker, m ORDER BY coalesce(m.ord, 0), speaker.id
  RETURN collect(speaker {.id, .name, role: m.role}) AS speakers
}
CALL (s) {
  OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
  WITH d ORDER BY d.url, d.id
  RETURN collect(d {.id, .title, .url}) AS documents
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(actor:Actor)
  WITH actor ORDER BY actor.id
  RETURN collect(actor {.id, .name}) AS onBehalfOf
}
CALL (s) {
  OPTIONAL MATCH (s)-[t:TAKES_STANCE]->(p:Position)
  OPTIONAL MATCH (s)-[qr:QUOTES]->(q:Quote {id: t.quoteId})
  // A statement that takes no stance (one that only reports a red line's status) has none: not
  // one of nulls, which the map below would otherwise be.
  WITH p, t, q, qr WHERE p IS NOT NULL
  ORDER BY p.id, t.act
  RETURN collect({position: p.id, label: p.label, stance: t.stance, act: t.act,
    modality: t.modality, quote: coalesce(qr.text, q.text)}) AS stances
}
CALL (s) {
  // In the order of their refs: the graph keeps no order of a statement's quotes. Each in the
  // statement's own spelling (QUOTES.text where it has one, docs/reliability.md).
  OPTIONAL MATCH (s)-[r:QUOTES]->(q:Quote)
  WITH r, q ORDER BY r.ref, q.id
  RETURN collect(coalesce(r.text, q.text)) AS quotes
}
RETURN s.id AS id, toString(s.date) AS date, s.kind AS kind, s.summary AS summary,
  s.status AS status, speakers, onBehalfOf, documents, stances, quotes
