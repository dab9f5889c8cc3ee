// Positions with their type, label, what they are about and how many stances were taken on
// them, by id. Filters that are null do not narrow.
// Params: $type  a position type, e.g. 'CEASEFIRE', or null
//         $topic a topic id: positions about it or taken in statements on it, or null
//         $name  a part of the label or id, any case, or null
//         $limit how many at most
// In Neo4j Browser, first:
//   :param type => null
//   :param topic => 'nagorno-karabakh'
//   :param name => null
//   :param limit => 50
MATCH (p:Position)
WHERE ($type IS NULL OR p.type = $type)
  AND ($topic IS NULL OR EXISTS { (p)-[:ABOUT]->(:Topic {id: $topic}) }
       OR EXISTS { (p)<-[:TAKES_STANCE]-(:Statement)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($name IS NULL OR toLower(coalesce(p.label, '')) CONTAINS toLower($name)
       OR toLower(p.id) CONTAINS toLower($name))
CALL (p) {
  MATCH (p)-[about:ABOUT]->(subject)
  WITH subject ORDER BY about.ord
  RETURN collect(coalesce(subject.name, subject.id)) AS about
}
RETURN p.id AS id, p.type AS type, p.label AS label, about,
  COUNT { (p)<-[:TAKES_STANCE]-(:Statement) } AS stances
ORDER BY id
LIMIT toInteger($limit)
