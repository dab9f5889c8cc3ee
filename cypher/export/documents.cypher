// Export: documents with their outlet, republishers and framing. No parameters.
MATCH (d:Document)-[:PUBLISHED_BY]->(s:Source)
RETURN d.id AS id, s.id AS source, d.title AS title, d.url AS url,
       d.publishedAt AS publishedAt, d.retrievedAt AS retrievedAt, d.language AS language,
       [(d)-[:REPUBLISHED_BY]->(r:Source) | r.id] AS republishedBy,
       coalesce(d.framing, []) AS framing
ORDER BY id
