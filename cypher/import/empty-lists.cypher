// Bulk import: sets the list properties that are empty lists, which the importer cannot write (it
// reads an empty field as no property). Param: $lists, a list of {label, id, property}, e.g.
//   :param lists => [{label: 'Actor', id: 'ABW', property: 'aliases'}]
// One branch per label the import keys nodes by (src/import/graph-snapshot.ts, KEY_LABELS), each
// a seek in that label's id constraint: `MATCH (n:$(list.label) {id: list.id})` reads every node
// of the graph per list in Neo4j 5.26 (no index for a dynamic label), minutes at 1M statements.
UNWIND $lists AS list
CALL (list) {
  MATCH (n:Actor {id: list.id}) WHERE list.label = 'Actor' RETURN n
  UNION ALL
  MATCH (n:Place {id: list.id}) WHERE list.label = 'Place' RETURN n
  UNION ALL
  MATCH (n:Topic {id: list.id}) WHERE list.label = 'Topic' RETURN n
  UNION ALL
  MATCH (n:Event {id: list.id}) WHERE list.label = 'Event' RETURN n
  UNION ALL
  MATCH (n:Source {id: list.id}) WHERE list.label = 'Source' RETURN n
  UNION ALL
  MATCH (n:Document {id: list.id}) WHERE list.label = 'Document' RETURN n
  UNION ALL
  MATCH (n:PositionType {id: list.id}) WHERE list.label = 'PositionType' RETURN n
  UNION ALL
  MATCH (n:Position {id: list.id}) WHERE list.label = 'Position' RETURN n
  UNION ALL
  MATCH (n:Statement {id: list.id}) WHERE list.label = 'Statement' RETURN n
  UNION ALL
  MATCH (n:Quote {id: list.id}) WHERE list.label = 'Quote' RETURN n
}
SET n[list.property] = []
