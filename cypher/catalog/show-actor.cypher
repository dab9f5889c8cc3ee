// One actor with its most recent statements: those it made (a person) or that were made on its
// behalf, newest first; retracted and superseded ones left out.
// Params: $id     an actor id
//         $limit  how many statements at most
// In Neo4j Browser, first:
//   :param id => 'person:saeed-khatibzadeh'
//   :param limit => 10
MATCH (a:Actor {id: $id})
CALL (a) {
  CALL (a) {
    MATCH (a)-[:MADE]->(s:Statement) RETURN s
    UNION
    MATCH (s:Statement)-[:ON_BEHALF_OF]->(a) RETURN s
  }
  WITH s WHERE s.status IS NULL
  WITH s ORDER BY s.date DESC, s.id LIMIT toInteger($limit)
  RETURN collect({id: s.id, date: toString(s.date), summary: s.summary,
    stances: COUNT { (s)-[:TAKES_STANCE]->() }}) AS statements
}
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases,
  statements
