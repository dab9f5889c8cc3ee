// Which statement first declared each red line? The earliest statement made on behalf of one of
// the red line's declaring actors that takes a stance on it (by date, then id); retracted and
// superseded statements do not count.
// Params: $positions  red line position ids, e.g. ['RED_LINE:IRN:borders-not-attacked']
//         $asOf       an ISO date-time, or null for the present: as the graph stood then
//                     (docs/model.md, "Knowledge time")
// In Neo4j Browser, first:
//   :param positions => ['RED_LINE:IRN:borders-not-attacked']
//   :param asOf => null
UNWIND $positions AS positionId
MATCH (r:RedLine {id: positionId})-[:DECLARED_BY]->(declarer:Actor)
MATCH (r)<-[:TAKES_STANCE]-(s:Statement)-[:ON_BEHALF_OF]->(declarer)
WHERE CASE WHEN $asOf IS NULL THEN s.status IS NULL
  ELSE coalesce(s.recordedAt <= datetime($asOf), true)
    AND (s.status IS NULL OR coalesce(s.statusChangedAt > datetime($asOf), false)) END
WITH r, s
ORDER BY s.date, s.id
RETURN r.id AS positionId, head(collect(s.id)) AS statementId
