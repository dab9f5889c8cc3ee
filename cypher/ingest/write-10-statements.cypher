// Ingestion: new statements with all they own: who made them (row.speaker, one id, or
// row.speakers, a list of {actor, role}), on whose behalf, on what, in response to what, reported
// where, their quotes, their stances, and the peace plan and red line statuses they report (each
// carried by one quote; a red line status's `by` holds the ids of the actors who declare,
// restate, invoke or declare it crossed). Validation has proved every statement here absent
// from the graph, so it and its relationships are created, not merged; quotes are shared (id =
// hash of the normalised text) and merged; a statement whose text differs from the quote's only
// in Unicode form (NFC/NFD) or spacing keeps its own spelling on QUOTES.text (docs/reliability.md,
// text policy). Param: $rows; a row leaves out the members its statement lacks (a missing key
// reads as null), and its quotes and stances leave out the statement's id
// (src/ingest/write/statement-params.ts). recordedAt is the statement's knowledge time
// (docs/model.md): the transaction's clock, one instant for everything an ingest transaction
// writes; its stances are written with it and never change, so they share it.
UNWIND $rows AS row
CREATE (s:Statement {
  id: row.id,
  date: date(row.date),
  datePrecision: row.datePrecision,
  kind: row.kind,
  summary: row.summary,
  language: row.language,
  location: row.location,
  contentHash: row.contentHash,
  fingerprint: row.fingerprint,
  distinctFrom: row.distinctFrom,
  recordedAt: datetime.transaction()
})
WITH s, row
CALL (s, row) {
  WITH row.speaker AS speakerId WHERE speakerId IS NOT NULL
  MATCH (speaker:Actor {id: speakerId})
  CREATE (speaker)-[:MADE]->(s)
}
CALL (s, row) {
  // Several speakers, or one with a role: each with the role it spoke in and its place in the
  // list (a lone speaker's MADE has neither: it reads as place 0).
  UNWIND range(0, size(coalesce(row.speakers, [])) - 1) AS ord
  WITH row.speakers[ord] AS speaker, ord
  MATCH (a:Actor {id: speaker.actor})
  CREATE (a)-[:MADE {role: speaker.role, ord: ord}]->(s)
}
CALL (s, row) {
  UNWIND row.onBehalfOf AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (s)-[:ON_BEHALF_OF]->(a)
}
CALL (s, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  CREATE (s)-[:CONCERNS]->(t)
}
CALL (s, row) {
  UNWIND row.respondsTo AS eventId
  MATCH (e:Event {id: eventId})
  CREATE (s)-[:RESPONDS_TO]->(e)
}
CALL (s, row) {
  UNWIND row.reportedIn AS documentId
  MATCH (d:Document {id: documentId})
  CREATE (s)-[:REPORTED_IN]->(d)
}
CALL (s, row) {
  UNWIND row.quotes AS quote
  MERGE (q:Quote {id: quote.id})
  ON CREATE SET q.text = quote.text
  CREATE (s)-[:QUOTES {ref: quote.ref, text: CASE WHEN q.text <> quote.text THEN quote.text END}]->(q)
}
CALL (s, row) {
  UNWIND row.stances AS stance
  MATCH (p:Position {id: stance.positionId})
  CREATE (s)-[:TAKES_STANCE {
    quoteId: stance.quoteId,
    act: stance.act,
    stance: stance.stance,
    modality: stance.modality,
    target: stance.target
  }]->(p)
}
CALL (s, row) {
  UNWIND row.planStatuses AS report
  MATCH (plan:Position {id: report.planId})
  CREATE (s)-[:REPORTS_STATUS {status: report.status, quoteId: report.quoteId}]->(plan)
}
CALL (s, row) {
  UNWIND row.redLineStatuses AS report
  MATCH (redLine:Position {id: report.redLineId})
  CREATE (s)-[:REPORTS_RED_LINE_STATUS {
    status: report.status,
    quoteId: report.quoteId,
    by: report.by
  }]->(redLine)
}
// The month summaries of the statements just written, from the rows sent rather than read back
// from the graph (reading them back cost about a second of server CPU per 10,000 statements,
// docs/benchmarks.md). They are new to the graph (validation proved it) and standing.
WITH row
UNWIND row.onBehalfOf AS actorId
UNWIND row.stances AS stance
WITH {positionId: stance.positionId, actorId: actorId, modality: stance.modality,
      day: date(row.date), statementId: row.id, quoteId: stance.quoteId,
      stance: stance.stance, act: stance.act} AS o
// include statements/add-to-stance-months.cypher
