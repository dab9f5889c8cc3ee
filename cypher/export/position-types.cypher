// Export: the position types ingestion files defined (the core types of migration 006 have no
// contentHash and come with every graph), parents before children, with their drafting cues as
// the JSON text ingestion kept (null when none). No parameters.
MATCH path = (t:PositionType)-[:SUBTYPE_OF*0..]->(root:PositionType)
WHERE t.contentHash IS NOT NULL AND root.parent IS NULL
WITH t, max(length(path)) AS depth
RETURN t.id AS id, t.label AS label, t.description AS description, t.parent AS parent,
       t.cues AS cues
ORDER BY depth, id
