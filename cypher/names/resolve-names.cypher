// What each name a user wrote may refer to: the node with that very id, and the nodes of its
// kind whose id, name, label or alias holds its words (index entity_names, accents and case
// folded). The application then keeps the exact matches (src/names/match.ts). One round-trip
// for all the names of a request.
// Params: $refs  [{text, kind, words}]: kind one of actor, topic, position, place; words the
//                full-text query (a quoted phrase, or terms ending in ~ to find near names),
//                null when the name has no letters or digits
// In Neo4j Browser, first:
//   :param refs => [{text: 'Turkey', kind: 'actor', words: '"turkey"'}, {text: 'Congo', kind: 'actor', words: '"congo"'}]
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Actor {id: ref.text}) WHERE ref.kind = 'actor' RETURN n
  UNION
  MATCH (n:Topic {id: ref.text}) WHERE ref.kind = 'topic' RETURN n
  UNION
  MATCH (n:Position {id: ref.text}) WHERE ref.kind = 'position' RETURN n
  UNION
  MATCH (n:Place {id: ref.text}) WHERE ref.kind = 'place' RETURN n
  UNION
  WITH ref WHERE ref.words IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', ref.words, {limit: 50}) YIELD node
  WITH node AS n
  WHERE (ref.kind = 'actor' AND n:Actor) OR (ref.kind = 'topic' AND n:Topic)
     OR (ref.kind = 'position' AND n:Position) OR (ref.kind = 'place' AND n:Place)
  RETURN n
}
RETURN ref.text AS text, ref.kind AS kind, n.id AS id, coalesce(n.name, n.label, n.id) AS name,
       coalesce(n.aliases, []) AS aliases
