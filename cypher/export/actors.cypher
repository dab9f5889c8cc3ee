// Export: persons, organisations and authorities (states are reference data), in the
// ingestion format. No parameters.
MATCH (a:Actor) WHERE NOT a:State
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Actor)
RETURN a.id AS id, a.kind AS kind, a.name AS name, coalesce(a.aliases, []) AS aliases,
       a.wikidataId AS wikidataId, a.orgKind AS orgKind, parent.id AS partOf,
       [(a)-[r:HOLDS_ROLE]->(o:Actor) | {title: r.title, of: o.id, from: r.from, to: r.to}] AS roles
ORDER BY id
