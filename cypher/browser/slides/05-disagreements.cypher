// Who disagrees with whom
// Pairs of actors of which one supported and the other opposed the same position, with the
// statements on each side.
MATCH (a:Actor)<-[:ON_BEHALF_OF]-(sa:Statement)-[ra:TAKES_STANCE]->(position:Position)
      <-[rb:TAKES_STANCE]-(sb:Statement)-[:ON_BEHALF_OF]->(b:Actor)
WHERE a.id < b.id AND sa.status IS NULL AND sb.status IS NULL
  AND [ra.stance, rb.stance] IN [['SUPPORTS', 'OPPOSES'], ['OPPOSES', 'SUPPORTS']]
RETURN a.id AS actorA, ra.stance AS stanceA, b.id AS actorB, rb.stance AS stanceB,
       position.id AS position, sa.id AS statementA, sb.id AS statementB
ORDER BY position, actorA, actorB
