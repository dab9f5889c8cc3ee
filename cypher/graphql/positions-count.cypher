// How many positions match the filters of cypher/graphql/positions-page.cypher: the
// connection's totalCount, run only when it is asked for. Params: $type (or null), $about (an
// id, or null).
// In Neo4j Browser, first:
//   :param type => 'CEASEFIRE'
//   :param about => null
MATCH (p:Position)
WHERE ($type IS NULL OR p.type = $type)
  AND ($about IS NULL OR EXISTS { (p)-[:ABOUT]->({id: $about}) })
RETURN count(p) AS total
