// Adds month summaries of statements new to the graph to the :StanceMonth nodes (docs/model.md).
// Each summary is one position, actor, modality and month: how many distinct statements took
// each stance, the last day with a stance and that day's evidence ("statementId quoteId stance
// act", an unspecified act written '-'). Counts add to what a month holds; the evidence of the
// month's last day is replaced by a later day's, joined by the same day's, or left as it is.
// - ingestion summarises the statements it writes in TypeScript (src/analysis/months.ts) and
//   sends the summaries here, in the same transaction;
// - count-in-stance-months.cypher summarises statements of the graph and runs the lines below.
// Param: $summaries, a list of
//   {positionId, actorId, modality, month, supports, opposes, neutral, lastDay, evidence}
// In Neo4j Browser, first:
//   :param summaries => [{positionId: 'CEASEFIRE:nagorno-karabakh', actorId: 'IRN',
//     modality: 'ASSERTED', month: '2020-10', supports: 1, opposes: 0, neutral: 0,
//     lastDay: '2020-10-27', evidence: ['example q1 SUPPORTS CALL_FOR']}]
UNWIND $summaries AS summary
// ---- included from here: `summary` one month's summary ----
MERGE (m:StanceMonth {
  positionId: summary.positionId,
  actorId: summary.actorId,
  modality: summary.modality,
  month: summary.month
})
ON CREATE SET m.supports = 0, m.opposes = 0, m.neutral = 0
// Adding to the counts takes the node's write lock before reading them, so the day compared
// below is the last one committed, even with another ingestion running.
SET m.supports = m.supports + summary.supports,
    m.opposes = m.opposes + summary.opposes,
    m.neutral = m.neutral + summary.neutral
WITH m, summary, date(summary.lastDay) AS lastDay
WITH m, summary, lastDay,
     m.lastDay IS NULL OR lastDay > m.lastDay AS later,
     m.lastDay = lastDay AS same
SET m.evidence = CASE
      WHEN later THEN summary.evidence
      WHEN same THEN m.evidence + summary.evidence
      ELSE m.evidence END,
    m.lastDay = CASE WHEN later THEN lastDay ELSE m.lastDay END
