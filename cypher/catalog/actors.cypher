// Actors with their kind and how many statements were made on their behalf, by id. Filters that
// are null do not narrow.
// Params: $kind  STATE, PERSON, ORGANIZATION or AUTHORITY, or null
//         $name  a part of the name or of an alias, any case, or null
//         $spoke true: only actors on whose behalf a statement was made
//         $limit how many at most
// In Neo4j Browser, first:
//   :param kind => 'STATE'
//   :param name => 'ira'
//   :param spoke => false
//   :param limit => 50
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($name IS NULL OR toLower(a.name) CONTAINS toLower($name)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($name)))
WITH a, COUNT { (a)<-[:ON_BEHALF_OF]-(:Statement) } AS statements
WHERE NOT $spoke OR statements > 0
RETURN a.id AS id, a.name AS name, a.kind AS kind, statements
ORDER BY id
LIMIT toInteger($limit)
