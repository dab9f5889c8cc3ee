// bench:peer, hand-written: $actor's statements that take stance $stance on a position of one of
// $types, newest first (e.g. an actor's statements that SUPPORT a CEASEFIRE). Both filters
// together keep a fraction of a per cent of statements: start from the actor (unique id) and
// check its statements' stances, which reads each of the actor's statements once, rather than
// the date index, which would read hundreds of other statements per hit. Params: $actor,
// $stance, $types, $first.
MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)
WHERE s.status IS NULL
  AND EXISTS { (s)-[r:TAKES_STANCE]->(p:Position) WHERE r.stance = $stance AND p.type IN $types }
WITH s ORDER BY s.date DESC, s.id DESC LIMIT $first
RETURN s.id AS id, toString(s.date) AS date, s.kind AS kind,
  [(s)-[:ON_BEHALF_OF]->(a:Actor) | a {.id, .name}] AS onBehalfOf,
  [(p:Actor)-[m:MADE]->(s) | {id: p.id, name: p.name, role: m.role}] AS speakers,
  [(s)-[:CONCERNS]->(t:Topic) | t.id] AS topics,
  [(s)-[r:TAKES_STANCE]->(p:Position) |
    {stance: r.stance, act: r.act, modality: r.modality, quoteId: r.quoteId, position: p {.id, .label}}]
    AS stances,
  [(s)-[q:QUOTES]->(quote:Quote) | {ref: q.ref, id: quote.id, text: quote.text}] AS quotes
ORDER BY date DESC, id DESC
