// Export (CSV): a row per actor, by id; in a slice ($sliced), those who made its statements or
// for whom they were made.
// The slice: statements dated within $from..$to (days; null: open), on topic $topic, made by or on
// behalf of one of $actors (ids) — each null for no condition.
// Params: $sliced, $from, $to, $topic, $actors.
MATCH (actor:Actor)
WHERE NOT $sliced OR EXISTS {
  MATCH (actor)-[:MADE|ON_BEHALF_OF]-(s:Statement)
  WHERE ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($actors IS NULL OR EXISTS { (s)-[:ON_BEHALF_OF]->(a:Actor) WHERE a.id IN $actors }
       OR EXISTS { (a:Actor)-[:MADE]->(s) WHERE a.id IN $actors })
}
WITH actor ORDER BY actor.id
RETURN actor.id AS id, actor.kind AS kind, actor.name AS name, coalesce(actor.aliases, []) AS aliases,
       actor.wikidataId AS wikidataId, head([(actor)-[:PART_OF]->(parent) | parent.id]) AS partOf
