// Statements that match the filters, a page after a cursor, newest first, each with what it
// links to (the lists of cypher/graphql/statement-links.cypher, but each stance as a list of
// position, quote, stance, act, modality, target and the position: a page decodes hundreds of
// stances, and a map's keys cost as much as its values) and the actors, positions and quotes it
// links to (as nodes-by-id.cypher projects them), so that a page and what a nested query asks
// of it are one round-trip. Each kind of relationship is read once, the linked node along with
// its id (on whose behalf: the actors themselves; speakers, quotes and stances: their node in
// `node`, or last in a stance, when $lists asks for it): reading a statement's relationships
// costs about as many db hits as it has relationships, whichever type is asked for, and a
// second read for the nodes cost a third of the page's db hits (bench:peer, docs/benchmarks.md).
// The speakers come as a list, with their roles and places in it (head() of a list with a
// WHERE is planned as a subquery that stops the planner caching s.date and s.id: a third more
// db hits).
// Params: $from, $to ('YYYY-MM-DD'); $actor, $speaker, $topic, $position, $positionTypes (a list
// of type ids, a type's descendants included, or null), $stance, $act, $modality (each a value
// or null); $stanceFilter (true when any of the last five is set);
// $includeRetracted (boolean); $asOf (an ISO date-time, or null for the present: as the graph
// stood then, docs/model.md "Knowledge time": statements recorded later left out, a retraction
// or supersession recorded later undone, in the filter and in the status shown); $afterDate,
// $afterId (the cursor, or null); $limit; $lists:
// which lists to build, by the GraphQL field that needs each ({speaker: true (speaker or speakers), onBehalfOf: true,
// topics: true, respondsTo: true, documents: true, quotes: true, stances: true,
// supersededBy: true, supersedes: true, position: true, quote: true}); $whole: which nodes to
// project whole ({statement, actor, position, quote}, each true or false): a node not asked for
// whole carries only what a list shows (src/graphql/page-nodes.ts), as a property costs a db hit
// and its decoding whether or not the request shows it.
//
// Pasted as it is, this is a page of $actor's statements that $speaker spoke in (for any
// speaker, leave out the lines marked "from the speaker" and "only if speaker and actor"; for
// every actor's, the lines marked "from the actor" and "actor, from the date index" too). The
// API sends it in one of 34 forms, each EXPLAINed by a test
// (src/graphql/statements-page.queries.ts):
// - a line marked "// only if X" is sent only when X holds for the request. Where it starts:
//   "from the actor" (a plain MATCH, so the planner keeps the top rows instead of sorting all
//   of the actor's statements: about 2 db hits per statement of the actor), "from the speaker"
//   (a person speaks in a small share of statements, often all of them years back: reading
//   their MADE relationships and sorting them beats reading the date index until their
//   statements turn up; bench:peer, docs/benchmarks.md), "from the date index" (in order,
//   stopping after $limit rows: with no actor or speaker, and for an actor with no other filter
//   who speaks in so large a share of statements that reading the index until $limit of theirs
//   turn up, about 10 db hits per statement read, costs less than reading all of theirs:
//   "actor, from the date index" checks each for the actor; the API decides from counts it
//   keeps, src/graphql/actor-shares.ts); the filters: "speaker and actor", "topic" or "stance"
//   (that filter is set and not where the page starts: a filter guarded by "$x IS NULL OR" is
//   still evaluated on every row, only leaving it out saves it);
// - oldest first, the lines marked "// direction" have ASC and DESC, < and > swapped.
// A list nobody asked for comes back empty at no cost: its WHERE reads a parameter only, so the
// planner checks it before it expands the pattern (PROFILE: the same db hits as leaving the list
// out of the text).
MATCH (s:Statement) // only if from the date index
MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement) // only if from the actor
MATCH (:Actor {id: $speaker})-[:MADE]->(s:Statement) // only if from the speaker
WHERE s.date >= date($from) AND s.date <= date($to)
  AND EXISTS { (s)-[:ON_BEHALF_OF]->(:Actor {id: $actor}) } // only if actor, from the date index
  AND ($asOf IS NULL OR coalesce(s.recordedAt <= datetime($asOf), true))
  AND ($includeRetracted OR s.status IS NULL
    OR coalesce(s.statusChangedAt > datetime($asOf), false))
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:MADE]->(s) }) // only if speaker and actor
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) }) // only if topic
  AND (NOT $stanceFilter OR EXISTS { // only if stance
    MATCH (s)-[r:TAKES_STANCE]->(p:Position) // only if stance
    WHERE ($position IS NULL OR p.id = $position) // only if stance
      AND ($positionTypes IS NULL OR p.type IN $positionTypes) // only if stance
      AND ($stance IS NULL OR r.stance = $stance) // only if stance
      AND ($act IS NULL OR r.act = $act) // only if stance
      AND ($modality IS NULL OR r.modality = $modality) // only if stance
  }) // only if stance
  AND ($afterId IS NULL
    OR s.date < date($afterDate) OR (s.date = date($afterDate) AND s.id < $afterId)) // direction
WITH s
ORDER BY s.date DESC, s.id DESC // direction
LIMIT $limit
RETURN CASE WHEN $whole.statement
    THEN s {.*, date: toString(s.date), recordedAt: toString(s.recordedAt),
      status: CASE WHEN coalesce(s.statusChangedAt > datetime($asOf), false) THEN null ELSE s.status END,
      statusReason: CASE WHEN coalesce(s.statusChangedAt > datetime($asOf), false) THEN null
        ELSE s.statusReason END}
    ELSE s {.id, .datePrecision, .kind, date: toString(s.date),
      status: CASE WHEN coalesce(s.statusChangedAt > datetime($asOf), false) THEN null ELSE s.status END}
  END AS statement,
  [(s)-[:ON_BEHALF_OF]->(a:Actor) WHERE $lists.onBehalfOf |
    CASE WHEN $whole.actor THEN a {.*, labels: labels(a), recordedAt: toString(a.recordedAt)}
      ELSE a {.id, .name, labels: labels(a)} END] AS onBehalfOf,
  [(s)-[:CONCERNS]->(t:Topic) WHERE $lists.topics | t.id] AS topics,
  [(s)-[:RESPONDS_TO]->(e:Event) WHERE $lists.respondsTo | e.id] AS respondsTo,
  [(s)-[:REPORTED_IN]->(d:Document) WHERE $lists.documents | d.id] AS documents,
  [(s)-[q:QUOTES]->(quote:Quote) WHERE $lists.quotes OR $lists.quote |
    {ref: q.ref, id: quote.id, text: coalesce(q.text, quote.text),
      node: CASE WHEN NOT $lists.quote THEN null WHEN $whole.quote THEN quote {.*}
        ELSE quote {.id, .text} END}] AS quotes,
  [(s)-[r:TAKES_STANCE]->(p:Position) WHERE $lists.stances OR $lists.position |
    [p.id, r.quoteId, r.stance, r.act, r.modality, r.target,
      CASE WHEN NOT $lists.position THEN null WHEN $whole.position THEN p {.*, labels: labels(p)}
        ELSE p {.id, .type, .label, .qualifier} END]] AS stances,
  [(s)-[:SUPERSEDED_BY]->(n:Statement)
    WHERE $lists.supersededBy AND NOT coalesce(s.statusChangedAt > datetime($asOf), false) | n.id]
    AS supersededBy,
  [(old:Statement)-[:SUPERSEDED_BY]->(s)
    WHERE $lists.supersedes AND NOT coalesce(old.statusChangedAt > datetime($asOf), false) | old.id]
    AS supersedes,
  [(a:Actor)-[m:MADE]->(s) WHERE $lists.speaker |
    {id: a.id, role: m.role, ord: coalesce(m.ord, 0),
      node: CASE WHEN $whole.actor THEN a {.*, labels: labels(a), recordedAt: toString(a.recordedAt)}
        ELSE a {.id, .name, labels: labels(a)} END}] AS speakers
