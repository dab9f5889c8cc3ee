// A topic's subgraph to GraphML, for Gephi
// Writes every statement on a topic with its neighbours (speakers, actors, positions, quotes,
// documents) to a GraphML file in the database's import directory (.data/neo4j/import/ for the
// embedded Neo4j); open it in Gephi with File > Open. APOC Core's export procedures are enabled.
//   :param topic => 'nagorno-karabakh'
//   :param file => 'nagorno-karabakh.graphml'
// The subgraph is collected here rather than passed to apoc.export.graphml.query as text, so the
// topic stays a parameter (that procedure does not pass parameters on to its query).
MATCH (:Topic {id: $topic})<-[:CONCERNS]-(s:Statement)-[r]-(neighbour)
WITH collect(DISTINCT s) + collect(DISTINCT neighbour) AS subgraphNodes,
     collect(DISTINCT r) AS subgraphRelationships
CALL apoc.export.graphml.data(subgraphNodes, subgraphRelationships, $file, {useTypes: true})
YIELD file, nodes, relationships
RETURN file, nodes, relationships
