// What statements link to, for a list of statements at once: speakers (with their roles and
// places in the list), on whose behalf, topics,
// events responded to, documents, quotes and stances (with the ids of what they point at), the
// statements that replace it and those it replaces.
// Params: $ids (statement ids).
MATCH (s:Statement) WHERE s.id IN $ids
RETURN s.id AS id,
  [(speaker:Actor)-[m:MADE]->(s) | {id: speaker.id, role: m.role, ord: coalesce(m.ord, 0)}]
    AS speakers,
  [(s)-[:ON_BEHALF_OF]->(a:Actor) | a.id] AS onBehalfOf,
  [(s)-[:CONCERNS]->(t:Topic) | t.id] AS topics,
  [(s)-[:RESPONDS_TO]->(e:Event) | e.id] AS respondsTo,
  [(s)-[:REPORTED_IN]->(d:Document) | d.id] AS documents,
  [(s)-[q:QUOTES]->(quote:Quote) | {ref: q.ref, id: quote.id, text: coalesce(q.text, quote.text)}] AS quotes,
  [(s)-[r:TAKES_STANCE]->(p:Position) |
    {statementId: s.id, positionId: p.id, quoteId: r.quoteId, stance: r.stance, act: r.act, modality: r.modality,
     target: r.target}] AS stances,
  [(s)-[:SUPERSEDED_BY]->(n:Statement) | n.id] AS supersededBy,
  [(old:Statement)-[:SUPERSEDED_BY]->(s) | old.id] AS supersedes
