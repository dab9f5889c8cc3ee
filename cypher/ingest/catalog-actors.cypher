// Every actor with the names it can be referred to by: ingestion resolves references by id,
// ISO alpha-3 code, name or alias. No parameters.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, coalesce(a.aliases, []) AS aliases
