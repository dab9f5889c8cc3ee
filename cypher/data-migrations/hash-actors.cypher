// Data migration 010: actors with a content hash (those files define; not reference states)
// and what it is made of (src/ingest/plan/definition-hashes.ts), a page at a time, by id.
// Params: $after (the last id of the page before, '' for the first), $limit.
MATCH (a:Actor)
WHERE a.id > $after AND a.contentHash IS NOT NULL
WITH a ORDER BY a.id LIMIT $limit
RETURN elementId(a) AS node, a.contentHash AS contentHash, a.id AS id, a.kind AS kind,
       a.name AS name, coalesce(a.aliases, []) AS aliases, a.wikidataId AS wikidataId,
       a.orgKind AS orgKind, head([(a)-[:PART_OF]->(parent:Actor) | parent.id]) AS partOf,
       [(a)-[r:HOLDS_ROLE]->(o:Actor) |
         {actorId: o.id, from: r.from, personId: a.id, title: r.title, to: r.to}] AS roles
ORDER BY id
