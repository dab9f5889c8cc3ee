// bench:peer, hand-written: $actor's statements between $from and $to, newest first. A busy actor
// speaks in a few per cent of statements: reading the window from the date index backwards and
// checking each statement's ON_BEHALF_OF against the one actor node (Expand(Into)) stops after
// about $first / share rows, where starting from the actor reads all its statements and sorts
// them. Params: $actor, $from, $to ('YYYY-MM-DD'), $first.
MATCH (a:Actor {id: $actor})
MATCH (s:Statement)
USING INDEX s:Statement(date)
WHERE s.date >= date($from) AND s.date <= date($to) AND s.status IS NULL
  AND (s)-[:ON_BEHALF_OF]->(a)
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
