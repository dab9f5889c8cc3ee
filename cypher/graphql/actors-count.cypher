// How many actors match the filters of cypher/graphql/actors-page.cypher: the connection's
// totalCount, run only when it is asked for. Params: $kind (or null), $name (a case-insensitive
// part of the name or an alias, or null).
// In Neo4j Browser, first:
//   :param kind => 'STATE'
//   :param name => null
MATCH (a:Actor)
WHERE ($kind IS NULL OR a.kind = $kind OR ($kind = 'STATE' AND a:State))
  AND ($name IS NULL OR toLower(a.name) CONTAINS toLower($name)
       OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($name)))
RETURN count(a) AS total
