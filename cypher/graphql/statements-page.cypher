// Statements that match the filters, a page after a cursor, newest first, each with what it
// links to (as cypher/graphql/statement-links.cypher gives it, so that a page and its links are
// one round-trip). Oldest first is this query with the comparisons and the order of the lines
// marked "// direction" turned around (src/neo4j/cypher-files.ts turnedAround): a sort key
// chosen by CASE per row cost a tenth to a fifth of the query's time.
// Params: $from, $to ('YYYY-MM-DD'); $actor, $speaker, $topic, $position, $positionType, $stance,
// $act, $modality (each a value or null); $stanceFilter (true when any of the last five is set);
// $includeRetracted (boolean); $afterDate, $afterId (the cursor, or null); $limit;
// $withNodes (true: also the actors, positions and quotes the page links to, projected as
// nodes-by-id.cypher projects them, so a nested query needs no second round-trip).
// With an actor, start from it: its statements are far fewer than all (the two branches are
// planned apart, and only the one whose guard holds runs).
CALL () {
  WITH $actor AS actorId WHERE actorId IS NOT NULL
  MATCH (:Actor {id: actorId})<-[:ON_BEHALF_OF]-(s:Statement)
  RETURN s
  UNION ALL
  WITH $actor AS actorId WHERE actorId IS NULL
  MATCH (s:Statement)
  RETURN s
}
WITH s
WHERE s.date >= date($from) AND s.date <= date($to)
  AND ($includeRetracted OR s.status IS NULL)
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:MADE]->(s) })
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND (NOT $stanceFilter OR EXISTS {
    MATCH (s)-[r:TAKES_STANCE]->(p:Position)
    WHERE ($position IS NULL OR p.id = $position)
      AND ($positionType IS NULL OR p.type = $positionType)
      AND ($stance IS NULL OR r.stance = $stance)
      AND ($act IS NULL OR r.act = $act)
      AND ($modality IS NULL OR r.modality = $modality)
  })
  AND ($afterId IS NULL
    OR s.date < date($afterDate) OR (s.date = date($afterDate) AND s.id < $afterId)) // direction
WITH s
ORDER BY s.date DESC, s.id DESC // direction
LIMIT $limit
RETURN s {.*, date: toString(s.date), recordedAt: toString(s.recordedAt)} AS statement,
  {
    speaker: head([(speaker:Actor)-[:MADE]->(s) | speaker.id]),
    onBehalfOf: [(s)-[:ON_BEHALF_OF]->(a:Actor) | a.id],
    topics: [(s)-[:CONCERNS]->(t:Topic) | t.id],
    respondsTo: [(s)-[:RESPONDS_TO]->(e:Event) | e.id],
    documents: [(s)-[:REPORTED_IN]->(d:Document) | d.id],
    quotes: [(s)-[q:QUOTES]->(quote:Quote) | {ref: q.ref, id: quote.id}],
    stances: [(s)-[r:TAKES_STANCE]->(p:Position) |
      {statementId: s.id, positionId: p.id, quoteId: r.quoteId, stance: r.stance, act: r.act,
       modality: r.modality, target: r.target}],
    supersededBy: [(s)-[:SUPERSEDED_BY]->(n:Statement) | n.id]
  } AS links,
  CASE WHEN $withNodes THEN {
    actors: [(s)-[:ON_BEHALF_OF]->(a:Actor) |
        a {.*, labels: labels(a), recordedAt: toString(a.recordedAt)}]
      + [(a:Actor)-[:MADE]->(s) | a {.*, labels: labels(a), recordedAt: toString(a.recordedAt)}],
    positions: [(s)-[:TAKES_STANCE]->(p:Position) | p {.*, labels: labels(p)}],
    quotes: [(s)-[:QUOTES]->(q:Quote) | q {.*}]
  } END AS nodes
