// One position with every stance taken on it, actor by actor, newest first, and, for a red
// line, the statuses statements reported of it, oldest first; retracted and superseded
// statements left out.
// Params: $id  a position id
// In Neo4j Browser, first:
//   :param id => 'TERRITORIAL_INTEGRITY:AZE'
MATCH (p:Position {id: $id})
CALL (p) {
  MATCH (p)-[about:ABOUT]->(subject)
  WITH subject ORDER BY about.ord
  RETURN collect(coalesce(subject.name, subject.id)) AS about
}
CALL (p) {
  OPTIONAL MATCH (s:Statement)-[t:TAKES_STANCE]->(p)
  WHERE s.status IS NULL
  OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(a:Actor)
  OPTIONAL MATCH (s)-[:QUOTES]->(q:Quote {id: t.quoteId})
  WITH a, s, t, q WHERE s IS NOT NULL
  ORDER BY a.id, s.date DESC, s.id
  RETURN collect({actor: a.id, actorName: a.name, stance: t.stance, act: t.act,
    modality: t.modality, date: toString(s.date), statement: s.id, quote: q.text}) AS stances
}
CALL (p) {
  OPTIONAL MATCH (s:Statement)-[rs:REPORTS_RED_LINE_STATUS]->(p)
  WHERE s.status IS NULL
  OPTIONAL MATCH (s)-[:QUOTES]->(q:Quote {id: rs.quoteId})
  WITH s, rs, q WHERE s IS NOT NULL
  ORDER BY s.date, s.id, rs.status, rs.quoteId
  RETURN collect({status: rs.status, date: toString(s.date), statement: s.id, by: rs.by,
    quote: q.text}) AS redLineStatuses
}
RETURN p.id AS id, p.type AS type, p.label AS label, about, stances, redLineStatuses
