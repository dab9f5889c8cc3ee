// An actor's stances over time
// One row per stance, oldest first: how an actor's positions moved. The API's positionMatrix
// and history commands compare the same stances bucket by bucket.
//   :param actor => 'IRN'
MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)-[r:TAKES_STANCE]->(position:Position)
WHERE s.status IS NULL
RETURN toString(s.date) AS date, position.id AS position, r.stance AS stance, r.act AS act,
       s.id AS statement
ORDER BY date, position, act
