// Adds statements new to the graph to the month summaries (:StanceMonth nodes, docs/model.md),
// the one place that says what a month summary holds: for each position, actor, modality and
// month, how many distinct statements took each stance, the last day with a stance and that
// day's evidence ("statementId quoteId stance act", an unspecified act written '-'). Counts add
// to what a month holds; the evidence of the month's last day is replaced by a later day's,
// joined by the same day's, or left as it is. Used by:
// - ingestion: cypher/ingest/write-10-statements.cypher runs the lines below the mark on the
//   stances of each batch of statements it creates, from the rows it was sent (nothing is read
//   back from the graph);
// - count-in-stance-months.cypher, which reads statements of the graph and runs the same lines
//   (retraction, supersession, migration 005).
// Run on its own (as below) it adds statements given as parameters, in the shape ingestion sends.
// src/analysis/months.ts computes the same summaries in TypeScript: the tests' oracle.
// Param: $statements, a list of
//   {id, date: 'YYYY-MM-DD', onBehalfOf: [actorId], stances: [{positionId, quoteId, stance,
//    modality, act}]} (a missing act is unspecified)
// In Neo4j Browser, first:
//   :param statements => [{id: 'statement:example', date: '2020-10-27', onBehalfOf: ['IRN'],
//     stances: [{positionId: 'CEASEFIRE:nagorno-karabakh', quoteId: 'q1', stance: 'SUPPORTS',
//     modality: 'ASSERTED', act: 'CALLS_FOR'}]}]
UNWIND $statements AS statement
UNWIND statement.onBehalfOf AS actorId
UNWIND statement.stances AS stance
WITH {positionId: stance.positionId, actorId: actorId, modality: stance.modality,
      day: date(statement.date), statementId: statement.id, quoteId: stance.quoteId,
      stance: stance.stance, act: stance.act} AS o
// ---- included from here: `o` one stance of a statement for one of its actors, as above ----
WITH o.positionId AS positionId, o.actorId AS actorId, o.modality AS modality,
     substring(toString(o.day), 0, 7) AS month, o
WITH positionId, actorId, modality, month,
     max(o.day) AS lastDay,
     count(DISTINCT CASE o.stance WHEN 'SUPPORTS' THEN o.statementId END) AS supports,
     count(DISTINCT CASE o.stance WHEN 'OPPOSES' THEN o.statementId END) AS opposes,
     count(DISTINCT CASE o.stance WHEN 'NEUTRAL' THEN o.statementId END) AS neutral,
     collect(o) AS items
WITH positionId, actorId, modality, month, lastDay, supports, opposes, neutral,
     [item IN items WHERE item.day = lastDay |
      item.statementId + ' ' + item.quoteId + ' ' + item.stance + ' ' + coalesce(item.act, '-')] AS evidence
MERGE (m:StanceMonth {positionId: positionId, actorId: actorId, modality: modality, month: month})
ON CREATE SET m.supports = 0, m.opposes = 0, m.neutral = 0
// Adding to the counts takes the node's write lock before reading them, so the day compared
// below is the last one committed, even with another ingestion running.
SET m.supports = m.supports + supports,
    m.opposes = m.opposes + opposes,
    m.neutral = m.neutral + neutral
WITH m, lastDay, evidence,
     m.lastDay IS NULL OR lastDay > m.lastDay AS later,
     m.lastDay = lastDay AS same
SET m.evidence = CASE
      WHEN later THEN evidence
      WHEN same THEN m.evidence + evidence
      ELSE m.evidence END,
    m.lastDay = CASE WHEN later THEN lastDay ELSE m.lastDay END
