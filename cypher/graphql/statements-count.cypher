// How many statements match the filters of a statements page (cypher/graphql/statements-page.cypher,
// whose filters these are): a connection's totalCount, run only when it is asked for.
// Params: $from, $to ('YYYY-MM-DD'); $actor, $speaker, $topic, $position, $positionTypes (a list
// of type ids with their descendants, or null), $stance,
// $act, $modality (each a value or null); $stanceFilter (true when any of the last five is set);
// $includeRetracted (boolean); $asOf (an ISO date-time, or null for the present)
// In Neo4j Browser, first:
//   :param from => '0001-01-01'
//   :param to => '9999-12-31'
//   :param actor => 'IRN'
//   :param speaker => null
//   :param topic => null
//   :param position => null
//   :param positionTypes => null
//   :param stance => null
//   :param act => null
//   :param modality => null
//   :param stanceFilter => false
//   :param includeRetracted => false
//   :param asOf => null
MATCH (s:Statement)
WHERE s.date >= date($from) AND s.date <= date($to)
  AND ($asOf IS NULL OR coalesce(s.recordedAt <= datetime($asOf), true))
  AND ($includeRetracted OR s.status IS NULL
    OR coalesce(s.statusChangedAt > datetime($asOf), false))
  AND ($actor IS NULL OR EXISTS { (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s) })
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:MADE]->(s) })
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND (NOT $stanceFilter OR EXISTS {
    MATCH (s)-[r:TAKES_STANCE]->(p:Position)
    WHERE ($position IS NULL OR p.id = $position)
      AND ($positionTypes IS NULL OR p.type IN $positionTypes)
      AND ($stance IS NULL OR r.stance = $stance)
      AND ($act IS NULL OR r.act = $act)
      AND ($modality IS NULL OR r.modality = $modality)
  })
RETURN count(s) AS total
