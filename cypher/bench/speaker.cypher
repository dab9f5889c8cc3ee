// bench:peer, hand-written: statements $speaker spoke in, newest first. A person speaks in at
// most a few per cent of statements, over a term of years: starting from the person (unique id)
// reads only their statements (a few thousand MADE relationships) and sorts them; reading the
// date index until $first of theirs turn up would read every newer statement first when their
// term is over. Params: $speaker, $first.
MATCH (:Actor {id: $speaker})-[:MADE]->(s:Statement)
WHERE s.status IS NULL
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
