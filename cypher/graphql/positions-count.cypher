// How many positions match the filters of cypher/graphql/positions-page.cypher: the
// connection's totalCount, run only when it is asked for. Params: $types (position type ids,
// or null: the API takes in descendants before), $about (an id, or null).
// In Neo4j Browser, first:
//   :param types => ['CEASEFIRE']
//   :param about => null
MATCH (p:Position)
WHERE ($types IS NULL OR p.type IN $types)
  AND ($about IS NULL OR EXISTS { (p)-[:ABOUT]->({id: $about}) })
RETURN count(p) AS total
