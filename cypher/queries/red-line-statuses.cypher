// What statements reported of each red line, oldest first: declared, restated, invoked or
// declared crossed, on the statement's date, by whom (actor ids; the statement's onBehalfOf
// unless the statement said otherwise), carried by which quote. Retracted and superseded
// statements are left out, as everywhere a stance or a plan status is read.
// Params: $ids   red line position ids
//         $asOf  an ISO date-time, or null for the present: as the graph stood then
//                (docs/model.md, "Knowledge time")
// In Neo4j Browser, first:
//   :param ids => ['RED_LINE:IRN:no-shelling-of-iranian-territory']
//   :param asOf => null
UNWIND $ids AS id
MATCH (r:Position {id: id})
RETURN r.id AS id,
       COLLECT {
         MATCH (r)<-[rs:REPORTS_RED_LINE_STATUS]-(s:Statement)
         WHERE CASE WHEN $asOf IS NULL THEN s.status IS NULL
           ELSE coalesce(s.recordedAt <= datetime($asOf), true)
             AND (s.status IS NULL OR coalesce(s.statusChangedAt > datetime($asOf), false)) END
         WITH s, rs ORDER BY s.date, s.id, rs.status, rs.quoteId
         RETURN {
           date: toString(s.date),
           status: rs.status,
           statementId: s.id,
           quoteId: rs.quoteId,
           by: rs.by
         }
       } AS statuses
