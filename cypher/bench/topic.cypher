// bench:peer, hand-written: statements concerning $topic, newest first. A topic of the benchmark
// is in a few per cent of statements or more: read the date index backwards and check each
// statement against the one topic node (Expand(Into)). Params: $topic, $first.
MATCH (t:Topic {id: $topic})
MATCH (s:Statement)
USING INDEX s:Statement(date)
WHERE s.date IS NOT NULL AND s.status IS NULL AND (s)-[:CONCERNS]->(t)
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
