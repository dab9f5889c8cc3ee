// Which red lines has an actor declared, on what condition, threatening what, set off by which
// event, and which statements in a window declared, restated or invoked them? A red line is on a
// topic when it is about the topic, when its trigger event concerns it, or when a statement on
// the topic takes a stance on it or reports a status of it (a line restated or declared crossed
// in words that take no stance). Retracted and superseded statements are left out.
// Params: $actor  the declaring actor's id, or null for every actor
//         $topic  a topic id, or null for every topic
//         $from   the first day of the window, 'YYYY-MM-DD'
//         $to     the last day of the window, 'YYYY-MM-DD'
//         $asOf   an ISO date-time, or null for the present: as the graph stood then
//                 (docs/model.md, "Knowledge time")
// In Neo4j Browser, first:
//   :param actor => 'IRN'
//   :param topic => 'nagorno-karabakh'
//   :param from => '2020-01-01'
//   :param to => '2021-12-31'
//   :param asOf => null
MATCH (r:Position:RedLine)
WHERE ($actor IS NULL OR EXISTS { (r)-[:DECLARED_BY]->(:Actor {id: $actor}) })
  AND ($topic IS NULL
    OR EXISTS { (r)-[:ABOUT]->(:Topic {id: $topic}) }
    OR EXISTS { (r)-[:TRIGGERED_BY]->(:Event)-[:CONCERNS]->(:Topic {id: $topic}) }
    OR EXISTS { (r)<-[:TAKES_STANCE]-(:Statement)-[:CONCERNS]->(:Topic {id: $topic}) }
    OR EXISTS { (r)<-[:REPORTS_RED_LINE_STATUS]-(:Statement)-[:CONCERNS]->(:Topic {id: $topic}) })
CALL (r) {
  OPTIONAL MATCH (r)-[:DECLARED_BY]->(a:Actor)
  RETURN collect(a.id) AS declaredBy
}
CALL (r) {
  OPTIONAL MATCH (r)-[:TRIGGERED_BY]->(e:Event)
  RETURN e.id AS triggerEvent
}
CALL (r) {
  OPTIONAL MATCH (s:Statement)-[t:TAKES_STANCE]->(r)
  WHERE date($from) <= s.date <= date($to)
    AND CASE WHEN $asOf IS NULL THEN s.status IS NULL
      ELSE coalesce(s.recordedAt <= datetime($asOf), true)
        AND (s.status IS NULL OR coalesce(s.statusChangedAt > datetime($asOf), false)) END
  WITH s, t
  ORDER BY s.date, s.id, t.quoteId, t.act
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {
    statementId: s.id,
    date: toString(s.date),
    onBehalfOf: COLLECT { MATCH (s)-[:ON_BEHALF_OF]->(a:Actor) RETURN a.id ORDER BY a.id },
    quoteId: t.quoteId,
    stance: t.stance,
    act: t.act,
    modality: t.modality
  } END) AS statements
}
RETURN r.id AS positionId,
       r.condition AS condition,
       r.threatenedResponse AS threatenedResponse,
       declaredBy,
       triggerEvent,
       statements
ORDER BY positionId
