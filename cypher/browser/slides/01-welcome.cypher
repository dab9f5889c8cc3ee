// Diplograph in Neo4j Browser
// What states and their officials say, as a graph: a Person MADE a Statement ON_BEHALF_OF an
// actor (a State, an Organization, an Authority); the statement TAKES_STANCE on Positions, each
// stance backed by a Quote, and is REPORTED_IN a Document PUBLISHED_BY a Source.
// Each slide has a query: click it to put it in the editor, then run it. Lines starting with
// :param set the query's parameters; run them first. Stances are drawn green (SUPPORTS), red
// (OPPOSES) or grey (NEUTRAL).
