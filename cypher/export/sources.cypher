// Export: outlets. No parameters.
MATCH (s:Source)
RETURN s.id AS id, s.name AS name, s.url AS url
ORDER BY id
