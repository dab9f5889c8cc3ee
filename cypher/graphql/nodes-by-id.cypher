// Any node by id, several kinds in one round-trip: the properties of each, temporal values as
// ISO 8601 text. Params: $actors, $positions, $topics, $events, $documents, $sources, $places,
// $quotes, $statements (lists of ids).
UNWIND $actors AS id MATCH (n:Actor {id: id})
RETURN 'actor' AS kind, n {.*, labels: labels(n), recordedAt: toString(n.recordedAt)} AS node
UNION ALL
UNWIND $positions AS id MATCH (n:Position {id: id})
RETURN 'position' AS kind, n {.*, labels: labels(n)} AS node
UNION ALL
UNWIND $topics AS id MATCH (n:Topic {id: id})
RETURN 'topic' AS kind, n {.*} AS node
UNION ALL
UNWIND $events AS id MATCH (n:Event {id: id})
RETURN 'event' AS kind, n {.*, date: toString(n.date)} AS node
UNION ALL
UNWIND $documents AS id MATCH (n:Document {id: id})
RETURN 'document' AS kind,
  n {.*, publishedAt: toString(n.publishedAt), retrievedAt: toString(n.retrievedAt)} AS node
UNION ALL
UNWIND $sources AS id MATCH (n:Source {id: id})
RETURN 'source' AS kind, n {.*} AS node
UNION ALL
UNWIND $places AS id MATCH (n:Place {id: id})
RETURN 'place' AS kind, n {.*} AS node
UNION ALL
UNWIND $quotes AS id MATCH (n:Quote {id: id})
RETURN 'quote' AS kind, n {.*} AS node
UNION ALL
UNWIND $statements AS id MATCH (n:Statement {id: id})
RETURN 'statement' AS kind,
  n {.*, date: toString(n.date), recordedAt: toString(n.recordedAt)} AS node
