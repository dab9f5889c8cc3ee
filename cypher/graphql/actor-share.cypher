// How many statements $actor speaks for, and how many statements there are: what the API's
// statements page decides its start from (src/graphql/actor-shares.ts). Both are O(1): the
// actor's degree by relationship type is kept on a dense node (GetDegree), the number of nodes
// with a label in the count store (NodeCountFromCountStore); 4 db hits. An unknown actor
// (a name, not an id) speaks for none.
// Params: $actor (an actor id).
OPTIONAL MATCH (a:Actor {id: $actor})
RETURN COUNT { (a)<-[:ON_BEHALF_OF]-() } AS statements, COUNT { (:Statement) } AS total
