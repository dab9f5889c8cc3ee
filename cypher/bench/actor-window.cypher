// bench:peer, hand-written: $actor's statements between $from and $to, newest first. Starts from
// the actor (unique id) and reads its ON_BEHALF_OF relationships, keeping those in the window,
// then the top $first by date: a busy actor speaks in a few per cent of statements (about 2,000
// in 100k), a cheap read. Reading the window from the date index backwards instead and checking
// each statement for the actor (as the peer does) reads about $first / share statements and
// every one's ON_BEHALF_OF (11,632 db hits for IRN in 2019 against 4,714 from the actor;
// docs/benchmarks.md, "Against the peer"); with the actor as a separate MATCH, the planner read
// the whole window and sorted it (128,624). Params: $actor, $from, $to ('YYYY-MM-DD'), $first.
MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)
WHERE s.date >= date($from) AND s.date <= date($to) AND s.status IS NULL
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
