// Is this topic in the graph, and what is it called?
// Params: $id  a topic id, e.g. 'nagorno-karabakh'
// In Neo4j Browser, first:
//   :param id => 'nagorno-karabakh'
MATCH (t:Topic {id: $id})
RETURN t.id AS id, t.name AS name
