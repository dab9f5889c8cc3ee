// Outlet and republishers of documents, for a list of documents at once. Params: $ids.
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, head([(d)-[:PUBLISHED_BY]->(s:Source) | s.id]) AS source,
  [(d)-[:REPUBLISHED_BY]->(r:Source) | r.id] AS republishedBy
