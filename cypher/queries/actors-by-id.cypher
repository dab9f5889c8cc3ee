// Which of these actor ids are in the graph, and under what names?
// Params: $ids  actor ids, e.g. ['IRN', 'TUR', 'ARM'] (states are keyed by ISO alpha-3)
// In Neo4j Browser, first:
//   :param ids => ['IRN', 'TUR', 'ARM']
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name AS name
