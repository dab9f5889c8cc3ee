// Counts stances into the month summaries (:StanceMonth, docs/model.md): what each actor said
// on each position in each calendar month, per modality. The one place they are computed in
// Cypher (src/analysis/months.ts computes the same in TypeScript, as the tests' oracle):
// - ingestion counts the stances of the statements it writes, in the same transaction, from its
//   write plan (reading them back from the graph cost twice as much: docs/benchmarks.md);
// - retracting or superseding a statement empties the months it counted in and counts again the
//   stances left there, for those months only (empty-stance-months.cypher);
// - migration 005 counts every statement of a graph that had some before: it runs the lines below
//   the mark for each statement's stances (src/migrations/migration-files.ts, "include").
// What is counted must not be counted yet: counts add to what a month holds; the evidence of the
// month's last day is replaced by a later day's, joined by the same day's, or left as it is.
// Param: $observations, a list of standing stances, one per actor the statement speaks for:
// {positionId, actorId, modality, day ('YYYY-MM-DD'), statementId, quoteId, stance, act}.
UNWIND $observations AS o
// ---- included from here: `o` one observation ----
WITH o.positionId AS positionId, o.actorId AS actorId, o.modality AS modality,
     substring(o.day, 0, 7) AS month, o
WITH positionId, actorId, modality, month,
     max(o.day) AS lastDay,
     count(DISTINCT CASE o.stance WHEN 'SUPPORTS' THEN o.statementId END) AS supports,
     count(DISTINCT CASE o.stance WHEN 'OPPOSES' THEN o.statementId END) AS opposes,
     count(DISTINCT CASE o.stance WHEN 'NEUTRAL' THEN o.statementId END) AS neutral,
     collect(o) AS items
WITH positionId, actorId, modality, month, date(lastDay) AS lastDay, supports, opposes, neutral,
     [item IN items WHERE item.day = lastDay |
      item.statementId + ' ' + item.quoteId + ' ' + item.stance + ' ' + item.act] AS evidence
MERGE (m:StanceMonth {positionId: positionId, actorId: actorId, modality: modality, month: month})
ON CREATE SET m.supports = 0, m.opposes = 0, m.neutral = 0
// Adding to the counts takes the node's write lock before reading them, so the day compared
// below is the last one committed, even with another ingestion running.
SET m.supports = m.supports + supports,
    m.opposes = m.opposes + opposes,
    m.neutral = m.neutral + neutral
WITH m, evidence, lastDay,
     m.lastDay IS NULL OR lastDay > m.lastDay AS later,
     m.lastDay = lastDay AS same
SET m.evidence = CASE
      WHEN later THEN evidence
      WHEN same THEN m.evidence + evidence
      ELSE m.evidence END,
    m.lastDay = CASE WHEN later THEN lastDay ELSE m.lastDay END
