// Every position type of the graph, with its parent and content hash (null for the core types
// of migration 006). No parameters.
MATCH (t:PositionType)
RETURN t.id AS id, t.label AS label, t.parent AS parent, t.contentHash AS hash
ORDER BY id
