// Statements that match the filters, a page after a cursor, newest first, each with what it
// links to (as cypher/graphql/statement-links.cypher gives it, but each stance as a list of
// position, quote, stance, act, modality and target: a page decodes hundreds of stances, and a
// map's keys cost as much as its values) and the actors, positions and
// quotes it links to (as nodes-by-id.cypher projects them), so that a page and what a nested
// query asks of it are one round-trip.
// Params: $from, $to ('YYYY-MM-DD'); $actor, $speaker, $topic, $position, $positionType, $stance,
// $act, $modality (each a value or null); $stanceFilter (true when any of the last five is set);
// $includeRetracted (boolean); $afterDate, $afterId (the cursor, or null); $limit.
//
// As written here it answers any filters and returns everything. The API runs it shaped to the
// request (src/neo4j/cypher-files.ts shaped): a line marked "// when X" stays only when X holds,
// so unset filters are not evaluated per row, a given actor is the start of a plain MATCH (the
// CALL below made the planner sort all of the actor's statements instead of keeping the top
// rows), and only the lists the operation asks for are built (each costs per row whether asked
// for or not). Oldest first: the lines marked "// direction" turned around (turnedAround).
CALL () { // when any actor
  WITH $actor AS actorId WHERE actorId IS NOT NULL // when any actor
  MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement) // when actor
  RETURN s // when any actor
  UNION ALL // when any actor
  WITH $actor AS actorId WHERE actorId IS NULL // when any actor
  MATCH (s:Statement) // when no actor
  RETURN s // when any actor
} // when any actor
WITH s // when any actor
WHERE s.date >= date($from) AND s.date <= date($to)
  AND ($includeRetracted OR s.status IS NULL)
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:MADE]->(s) }) // when speaker filter
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) }) // when topic filter
  AND (NOT $stanceFilter OR EXISTS { // when stance filter
    MATCH (s)-[r:TAKES_STANCE]->(p:Position) // when stance filter
    WHERE ($position IS NULL OR p.id = $position) // when stance filter
      AND ($positionType IS NULL OR p.type = $positionType) // when stance filter
      AND ($stance IS NULL OR r.stance = $stance) // when stance filter
      AND ($act IS NULL OR r.act = $act) // when stance filter
      AND ($modality IS NULL OR r.modality = $modality) // when stance filter
  }) // when stance filter
  AND ($afterId IS NULL
    OR s.date < date($afterDate) OR (s.date = date($afterDate) AND s.id < $afterId)) // direction
WITH s
ORDER BY s.date DESC, s.id DESC // direction
LIMIT $limit
RETURN s {.*, date: toString(s.date), recordedAt: toString(s.recordedAt)} AS statement,
  {
    speaker: head([(speaker:Actor)-[:MADE]->(s) | speaker.id]), // when speaker
    onBehalfOf: [(s)-[:ON_BEHALF_OF]->(a:Actor) | a.id], // when onBehalfOf
    topics: [(s)-[:CONCERNS]->(t:Topic) | t.id], // when topics
    respondsTo: [(s)-[:RESPONDS_TO]->(e:Event) | e.id], // when respondsTo
    documents: [(s)-[:REPORTED_IN]->(d:Document) | d.id], // when documents
    quotes: [(s)-[q:QUOTES]->(quote:Quote) | {ref: q.ref, id: quote.id}], // when quotes
    stances: [(s)-[r:TAKES_STANCE]->(p:Position) | // when stances
      [p.id, r.quoteId, r.stance, r.act, r.modality, r.target]], // when stances
    supersededBy: [(s)-[:SUPERSEDED_BY]->(n:Statement) | n.id] // when supersededBy
  } AS links,
  {
    speakers: [(a:Actor)-[:MADE]->(s) | // when speaker
      a {.*, labels: labels(a), recordedAt: toString(a.recordedAt)}], // when speaker
    onBehalfOf: [(s)-[:ON_BEHALF_OF]->(a:Actor) | // when onBehalfOf
      a {.*, labels: labels(a), recordedAt: toString(a.recordedAt)}], // when onBehalfOf
    positions: [(s)-[:TAKES_STANCE]->(p:Position) | p {.*, labels: labels(p)}], // when position
    quotes: [(s)-[:QUOTES]->(q:Quote) | q {.*}] // when quote
  } AS nodes
