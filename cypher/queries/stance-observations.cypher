// Which stances did these actors take on these positions, up to a given day? One row per stance
// and per actor spoken for (a joint statement gives a row for each of its actors). Retracted and
// superseded statements never count, so they are left out here (as of $asOf, those retracted or
// superseded later count, and those recorded later do not). This is what the position
// matrix, position histories, agreement scores and divergences are computed from
// (src/analysis does the arithmetic; src/comparison runs this query).
// Params: $actors     actor ids, e.g. ['TUR', 'RUS'], or null for every actor
//         $positions  position ids, e.g. ['CEASEFIRE:test-war']
//         $to         the last day counted, 'YYYY-MM-DD'
//         $modalities which modalities count, e.g. ['ASSERTED']
//         $asOf       an ISO date-time, or null for the present: as the graph stood then
//                     (statements recorded after it left out, retractions and supersessions
//                     recorded after it undone; docs/model.md, "Knowledge time")
// In Neo4j Browser, first:
//   :param actors => ['TUR', 'RUS', 'IRN']
//   :param positions => ['CEASEFIRE:test-war', 'WITHDRAWAL:place:test-veloria']
//   :param to => '2021-12-31'
//   :param modalities => ['ASSERTED']
//   :param asOf => null
// Start from the positions: left to itself the planner may start from the Statement.date index
// and read every statement up to $to (3.6 times the db hits at 100k statements).
MATCH (p:Position)
USING INDEX p:Position(id)
WHERE p.id IN $positions
MATCH (p)<-[t:TAKES_STANCE]-(s:Statement)-[:ON_BEHALF_OF]->(a:Actor)
WHERE s.date <= date($to)
  AND CASE WHEN $asOf IS NULL THEN s.status IS NULL
    ELSE coalesce(s.recordedAt <= datetime($asOf), true)
      AND (s.status IS NULL OR coalesce(s.statusChangedAt > datetime($asOf), false)) END
  AND t.modality IN $modalities
  AND ($actors IS NULL OR a.id IN $actors)
RETURN a.id AS actorId,
       p.id AS positionId,
       s.id AS statementId,
       t.quoteId AS quoteId,
       toString(s.date) AS date,
       t.stance AS stance,
       t.act AS act,
       t.modality AS modality
