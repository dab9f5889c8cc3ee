// Export: statements with quotes (each in the statement's own spelling: QUOTES.text where it has
// one), stances and the plan and red line statuses they report, in the ingestion format, a page
// at a time. Documents made from a url alone (no title) are the statement's urls, not documents.
// Params: $after (the last id of the previous page, '' for the first), $limit.
MATCH (s:Statement) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
RETURN s.id AS id, toString(s.date) AS date, s.datePrecision AS datePrecision, s.kind AS kind,
       [(speaker)-[m:MADE]->(s) | {actor: speaker.id, role: m.role, ord: coalesce(m.ord, 0)}] AS speakers,
       [(s)-[:ON_BEHALF_OF]->(a) | a.id] AS onBehalfOf,
       [(s)-[:CONCERNS]->(t) | t.id] AS topics,
       s.summary AS summary, s.language AS language, s.location AS location,
       [(s)-[:RESPONDS_TO]->(e) | e.id] AS respondsTo,
       [(s)-[:REPORTED_IN]->(d) WHERE d.title IS NOT NULL | d.id] AS reportedIn,
       [(s)-[:REPORTED_IN]->(d) WHERE d.title IS NULL |
         {url: d.url, source: head([(d)-[:PUBLISHED_BY]->(o) | o.id])}] AS urls,
       [(s)-[r:QUOTES]->(q) | {ref: r.ref, id: q.id, text: coalesce(r.text, q.text)}] AS quotes,
       [(s)-[r:TAKES_STANCE]->(p) | {position: p.id, stance: r.stance, act: r.act, modality: r.modality, quoteId: r.quoteId, target: r.target}] AS stances,
       [(s)-[r:REPORTS_STATUS]->(p) | {plan: p.id, status: r.status, quoteId: r.quoteId}] AS planStatuses,
       [(s)-[r:REPORTS_RED_LINE_STATUS]->(p) | {redLine: p.id, status: r.status, quoteId: r.quoteId, by: r.by}] AS redLineStatuses,
       coalesce(s.distinctFrom, []) AS distinctFrom
ORDER BY id
