// Data migration 009: statements written before migration 008, which have no fingerprint, with
// what a fingerprint is made of (src/model/ids.ts, statementFingerprint): speakers, the date as
// it was given (date and precision), on whose behalf, the quotes in the statement's own
// spelling, the summary. A page at a time, by id.
// Params: $after (the last id of the page before, '' for the first), $limit.
MATCH (s:Statement)
WHERE s.id > $after AND s.fingerprint IS NULL
WITH s ORDER BY s.id LIMIT $limit
RETURN s.id AS id, toString(s.date) AS date, s.datePrecision AS datePrecision,
       [(speaker)-[:MADE]->(s) | speaker.id] AS speakers,
       [(s)-[:ON_BEHALF_OF]->(a) | a.id] AS onBehalfOf,
       [(s)-[r:QUOTES]->(q) | coalesce(r.text, q.text)] AS quotes,
       s.summary AS summary
ORDER BY id
