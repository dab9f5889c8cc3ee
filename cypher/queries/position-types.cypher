// Every position type: the core types of migration 006 and those ingestion files defined, each
// with its parent (null for a top-level type). No parameters.
MATCH (t:PositionType)
RETURN t.id AS id, t.label AS label, t.description AS description, t.parent AS parent
ORDER BY id
