// Data migration 010: statements and what their content hash is made of
// (src/ingest/plan/statement-hash.ts): speakers in the order given, the documents that report
// them (named or made from a url), quotes in the statement's own spelling, stances and the plan
// and red line statuses they report. A page at a time, by id.
// Params: $after (the last id of the page before, '' for the first), $limit.
MATCH (s:Statement)
WHERE s.id > $after AND s.contentHash IS NOT NULL
WITH s ORDER BY s.id LIMIT $limit
RETURN elementId(s) AS node, s.contentHash AS contentHash, s.id AS id,
       toString(s.date) AS date, s.datePrecision AS datePrecision, s.kind AS kind,
       [(speaker)-[m:MADE]->(s) | {actor: speaker.id, role: m.role, ord: coalesce(m.ord, 0)}] AS speakers,
       [(s)-[:ON_BEHALF_OF]->(a) | a.id] AS onBehalfOf,
       [(s)-[:CONCERNS]->(t) | t.id] AS topics,
       s.summary AS summary, s.language AS language, s.location AS location,
       [(s)-[:RESPONDS_TO]->(e) | e.id] AS respondsTo,
       [(s)-[:REPORTED_IN]->(d) | d.id] AS reportedIn,
       coalesce(s.distinctFrom, []) AS distinctFrom,
       [(s)-[r:QUOTES]->(q) | {id: q.id, ref: r.ref, text: coalesce(r.text, q.text)}] AS quotes,
       [(s)-[r:TAKES_STANCE]->(p) | {act: r.act, modality: r.modality, positionId: p.id,
         quoteId: r.quoteId, stance: r.stance, target: r.target}] AS stances,
       [(s)-[r:REPORTS_STATUS]->(p) | {planId: p.id, quoteId: r.quoteId, status: r.status}] AS planStatuses,
       [(s)-[r:REPORTS_RED_LINE_STATUS]->(p) | {by: r.by, quoteId: r.quoteId, redLineId: p.id, status: r.status}] AS redLineStatuses
ORDER BY id
