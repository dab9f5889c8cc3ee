// Which of the given ids already exist, with the content hash they were written with; and which
// of the statement fingerprints $fingerprints a standing statement has (its id as `hash`).
// Params: $actors, $topics, $places, $events, $sources, $documents, $positions, $statements,
// $positionTypes (lists of ids), $fingerprints.
UNWIND $actors AS id MATCH (n:Actor {id: id}) RETURN 'actor' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $topics AS id MATCH (n:Topic {id: id}) RETURN 'topic' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $places AS id MATCH (n:Place {id: id}) RETURN 'place' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $events AS id MATCH (n:Event {id: id}) RETURN 'event' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $sources AS id MATCH (n:Source {id: id}) RETURN 'source' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $documents AS id MATCH (n:Document {id: id}) RETURN 'document' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $positions AS id MATCH (n:Position {id: id}) RETURN 'position' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $statements AS id MATCH (n:Statement {id: id}) RETURN 'statement' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $positionTypes AS id MATCH (n:PositionType {id: id}) RETURN 'positionType' AS kind, n.id AS id, n.contentHash AS hash
UNION ALL
UNWIND $fingerprints AS fp MATCH (n:Statement {fingerprint: fp}) WHERE n.status IS NULL RETURN 'fingerprint' AS kind, fp AS id, n.id AS hash
