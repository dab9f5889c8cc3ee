// bench:peer, hand-written: the newest $first statements, with what a page shows (speakers with
// roles, on whose behalf, topics, stances with their positions, quotes). Reads the date index
// backwards (IS NOT NULL makes it an index scan that provides the order), so it stops after
// $first rows and a partial sort of the last day's ties by id. Params: $first.
MATCH (s:Statement)
WHERE s.date IS NOT NULL AND s.status IS NULL
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
