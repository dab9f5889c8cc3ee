// A topic's subgraph to GraphML, for Gephi
// Writes every statement on a topic with its neighbours (speakers, actors, positions, quotes,
// documents) to a GraphML file in the database's import directory (.data/neo4j/import/ for the
// embedded Neo4j); open it in Gephi with File > Open. APOC Core's export procedures are enabled.
//   :param topic => 'nagorno-karabakh'
//   :param file => 'nagorno-karabakh.graphml'
CALL apoc.export.graphml.query(
  'MATCH (:Topic {id: $topic})<-[:CONCERNS]-(s:Statement) MATCH path = (s)-[]-() RETURN path',
  $file,
  {useTypes: true, params: {topic: $topic}})
YIELD file, nodes, relationships
RETURN file, nodes, relationships
