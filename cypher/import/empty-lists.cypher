// Bulk import: sets the list properties that are empty lists, which the importer cannot write (it
// reads an empty field as no property). Param: $lists, a list of {label, id, property}, e.g.
//   :param lists => [{label: 'Actor', id: 'ABW', property: 'aliases'}]
UNWIND $lists AS list
MATCH (n:$(list.label) {id: list.id})
SET n[list.property] = []
