// Who said what on a position
// Every statement that took a stance on one position, for whom it spoke and who spoke;
// retracted and superseded statements left out.
//   :param position => 'TERRITORIAL_INTEGRITY:AZE'
MATCH (position:Position {id: $position})<-[r:TAKES_STANCE]-(s:Statement)
WHERE s.status IS NULL
MATCH (s)-[:ON_BEHALF_OF]->(actor:Actor)
OPTIONAL MATCH (speaker:Person)-[:MADE]->(s)
RETURN actor, speaker, s, position,
       apoc.create.vRelationship(s, r.stance, {act: r.act, date: s.date}, position) AS stance
