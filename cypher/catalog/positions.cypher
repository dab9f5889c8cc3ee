// Positions with their type, label, what they are about and how many stances were taken on
// them, by id. Filters that are null do not narrow.
// Params: $types position type ids, e.g. ['MEDIATION', 'MEDIATION_FORMAT'], or null (the
//                CLI takes in the descendants of the type asked for)
//         $topic a topic id: positions about it or taken in statements on it, or null
//         $about an actor, place or topic id: positions about it, or null
//         $name  a part of the label or id, any case, or null
//         $limit how many at most
// In Neo4j Browser, first:
//   :param types => null
//   :param topic => 'nagorno-karabakh'
//   :param about => 'AZE'
//   :param name => null
//   :param limit => 50
MATCH (p:Position)
WHERE ($types IS NULL OR p.type IN $types)
  AND ($topic IS NULL OR EXISTS { (p)-[:ABOUT]->(:Topic {id: $topic}) }
       OR EXISTS { (p)<-[:TAKES_STANCE]-(:Statement)-[:CONCERNS]->(:Topic {id: $topic}) })
  AND ($about IS NULL OR EXISTS { (p)-[:ABOUT]->({id: $about}) })
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
