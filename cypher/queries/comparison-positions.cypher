// Which positions does a comparison cover? The positions named, or those of the types named, or
// those of a topic: a position is on a topic when it is about the topic, or when a statement on
// the topic takes a stance on it. The conditions given (non-null) must all hold.
// Params: $positions     position ids, or null
//         $positionTypes position types, e.g. ['CEASEFIRE', 'RED_LINE'], or null
//         $topic         a topic id, e.g. 'nagorno-karabakh', or null
// In Neo4j Browser, first:
//   :param positions => null
//   :param positionTypes => null
//   :param topic => 'nagorno-karabakh'
CALL () {
  WITH $topic AS topicId WHERE topicId IS NOT NULL
  MATCH (:Topic {id: topicId})<-[:ABOUT]-(p:Position)
  RETURN p
  UNION
  WITH $topic AS topicId WHERE topicId IS NOT NULL
  MATCH (:Topic {id: topicId})<-[:CONCERNS]-(:Statement)-[:TAKES_STANCE]->(p:Position)
  RETURN DISTINCT p
  UNION
  WITH $topic AS topicId WHERE topicId IS NULL
  UNWIND coalesce($positions, []) AS positionId
  MATCH (p:Position {id: positionId})
  RETURN p
  UNION
  WITH $topic AS topicId WHERE topicId IS NULL AND $positions IS NULL
  MATCH (p:Position)
  WHERE p.type IN $positionTypes
  RETURN p
}
WITH p
WHERE ($positions IS NULL OR p.id IN $positions)
  AND ($positionTypes IS NULL OR p.type IN $positionTypes)
RETURN p.id AS id, p.type AS type, p.label AS label
ORDER BY id
