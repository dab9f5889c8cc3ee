// Export: places and what they lie within. No parameters.
MATCH (p:Place)
OPTIONAL MATCH (p)-[:WITHIN]->(w)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, w.id AS within
ORDER BY id
