// Every actor's id and name: what a mistyped actor id is matched against to suggest the one meant
// (read only when an id is not found). No parameters.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name
ORDER BY id
