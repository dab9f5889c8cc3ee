// The seed statement, its stances, quotes and source
// Iran's foreign-ministry spokesman on 5 October 2020. The model keeps one TAKES_STANCE type with
// the stance as a property; the query turns each stance into a SUPPORTS, OPPOSES or NEUTRAL
// virtual relationship (APOC) so that Browser, which styles by type, colours it.
//   :param statement => 'statement:irn-mfa-2020-10-05-press-conference'
MATCH (s:Statement {id: $statement})
MATCH (s)-[r:TAKES_STANCE]->(position:Position)
OPTIONAL MATCH (speaker:Person)-[:MADE]->(s)
OPTIONAL MATCH (s)-[:QUOTES]->(quote:Quote {id: r.quoteId})
OPTIONAL MATCH (s)-[:REPORTED_IN]->(document:Document)-[:PUBLISHED_BY]->(source:Source)
RETURN s, speaker, position, quote, document, source,
       apoc.create.vRelationship(s, r.stance, {act: r.act, quoteId: r.quoteId}, position) AS stance
