// Topics with how many positions are about them and how many statements concern them, by id.
// Params: $name  a part of the name, any case, or null
//         $limit how many at most
// In Neo4j Browser, first:
//   :param name => null
//   :param limit => 50
MATCH (t:Topic)
WHERE $name IS NULL OR toLower(t.name) CONTAINS toLower($name)
   OR toLower(t.id) CONTAINS toLower($name)
RETURN t.id AS id, t.name AS name,
  COUNT { (t)<-[:ABOUT]-(:Position) } AS positions,
  COUNT { (t)<-[:CONCERNS]-(:Statement) } AS statements
ORDER BY id
LIMIT toInteger($limit)
