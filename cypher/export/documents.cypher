// Export: documents with their outlet, republishers and framing. No parameters.
// Documents made from a url alone (no title) are exported as their statements' urls.
MATCH (d:Document)-[:PUBLISHED_BY]->(s:Source) WHERE d.title IS NOT NULL
RETURN d.id AS id, s.id AS source, d.title AS title, d.url AS url,
       d.publishedAt AS publishedAt, d.retrievedAt AS retrievedAt, d.language AS language,
       [(d)-[:REPUBLISHED_BY]->(r:Source) | r.id] AS republishedBy,
       coalesce(d.framing, []) AS framing
ORDER BY id
