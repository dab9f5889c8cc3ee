// Export: topics. No parameters.
MATCH (t:Topic)
RETURN t.id AS id, t.name AS name, t.description AS description
ORDER BY id
