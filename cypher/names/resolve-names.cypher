// What each name a user wrote may refer to: the node of its kind with that very id, or else the
// nodes of its kind whose id, name, label or alias holds its words (index entity_names, accents
// and case folded). The application then keeps the exact matches (src/names/match.ts). One
// round-trip for all the names of a request.
// Params: $refs  [{text, kind, words}]: kind one of actor, topic, position, place; words the
//                full-text query (a quoted phrase, or terms ending in ~ to find near names),
//                null when the name has no letters or digits
// In Neo4j Browser, first:
//   :param refs => [{text: 'Turkey', kind: 'actor', words: '"turkey"'}, {text: 'Congo', kind: 'actor', words: '"congo"'}]
UNWIND $refs AS ref
CALL (ref) {
  OPTIONAL MATCH (actor:Actor {id: ref.text}) WHERE ref.kind = 'actor'
  OPTIONAL MATCH (topic:Topic {id: ref.text}) WHERE ref.kind = 'topic'
  OPTIONAL MATCH (position:Position {id: ref.text}) WHERE ref.kind = 'position'
  OPTIONAL MATCH (place:Place {id: ref.text}) WHERE ref.kind = 'place'
  RETURN coalesce(actor, topic, position, place) AS exact
}
// A name that is a node's very id names that node, whatever else holds its words (match.ts), so
// the index is asked only for the others: a comparison names its actors and positions by id,
// and 30 full-text queries were most of this query's time (docs/benchmarks.md).
CALL (ref, exact) {
  WITH exact WHERE exact IS NOT NULL
  RETURN exact AS n
  UNION
  WITH ref, exact WHERE exact IS NULL AND ref.words IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', ref.words, {limit: 50}) YIELD node
  WITH node AS n
  WHERE (ref.kind = 'actor' AND n:Actor) OR (ref.kind = 'topic' AND n:Topic)
     OR (ref.kind = 'position' AND n:Position) OR (ref.kind = 'place' AND n:Place)
  RETURN n
}
RETURN ref.text AS text, ref.kind AS kind, n.id AS id, coalesce(n.name, n.label, n.id) AS name,
       coalesce(n.aliases, []) AS aliases
