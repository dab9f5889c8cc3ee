// Everything `diplograph draft` resolves names against, in one read: the persons, organisations
// and authorities with the state each speaks for (through its roles or what it is part of), the
// places (with what they are within), the topics, the positions, and the position types that
// ingestion files defined with drafting cues (the JSON text write-07b-position-types.cypher kept,
// their parent in `within`; the core types' cues come with the package, src/model/position-cues.ts).
// States are reference data the draft reads from the package itself (src/draft/states.ts).
// No parameters.
CALL () {
  MATCH (a:Actor)
  WHERE NOT a:State
  OPTIONAL MATCH (a)-[:HOLDS_ROLE|PART_OF]->(:Actor)-[:PART_OF*0..2]->(s:State)
  WITH a, collect(DISTINCT s.id) AS states
  RETURN 'actor' AS kind, a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases,
         a.kind AS actorKind, states[0] AS within, null AS cues
  UNION ALL
  MATCH (p:Place)
  OPTIONAL MATCH (p)-[:WITHIN]->(w)
  WITH p, collect(w.id) AS within
  RETURN 'place' AS kind, p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases,
         null AS actorKind, within[0] AS within, null AS cues
  UNION ALL
  MATCH (t:Topic)
  RETURN 'topic' AS kind, t.id AS id, t.name AS name, [] AS aliases, null AS actorKind,
         null AS within, null AS cues
  UNION ALL
  MATCH (p:Position)
  RETURN 'position' AS kind, p.id AS id, coalesce(p.label, p.id) AS name, [] AS aliases,
         null AS actorKind, null AS within, null AS cues
  UNION ALL
  MATCH (t:PositionType)
  WHERE t.cues IS NOT NULL
  RETURN 'positionType' AS kind, t.id AS id, t.label AS name, [] AS aliases, null AS actorKind,
         t.parent AS within, t.cues AS cues
}
RETURN kind, id, name, aliases, actorKind, within, cues
