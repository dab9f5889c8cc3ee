// One statement whole: who, when, for whom, its stances each with its quote, and its quotes.
// Params: $id  a statement id
// In Neo4j Browser, first:
//   :param id => 'statement:irn-mfa-2020-10-05-press-conference'
MATCH (s:Statement {id: $id})
CALL (s) {
  OPTIONAL MATCH (speaker:Person)-[:MADE]->(s)
  RETURN collect(speaker {.id, .name}) AS speakers
}
CALL (s) {
  OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(actor:Actor)
  RETURN collect(actor {.id, .name}) AS onBehalfOf
}
CALL (s) {
  OPTIONAL MATCH (s)-[t:TAKES_STANCE]->(p:Position)
  OPTIONAL MATCH (s)-[qr:QUOTES]->(q:Quote {id: t.quoteId})
  WITH p, t, q, qr ORDER BY p.id, t.act
  RETURN collect({position: p.id, label: p.label, stance: t.stance, act: t.act,
    modality: t.modality, quote: coalesce(qr.text, q.text)}) AS stances
}
CALL (s) {
  OPTIONAL MATCH (s)-[r:QUOTES]->(q:Quote)
  RETURN collect(coalesce(r.text, q.text)) AS quotes
}
RETURN s.id AS id, toString(s.date) AS date, s.kind AS kind, s.summary AS summary,
  s.status AS status, speakers, onBehalfOf, stances, quotes
