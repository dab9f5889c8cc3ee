// Ingestion: adds the new statements to the month summaries (:StanceMonth, docs/model.md).
// Each row is one position, actor, modality and month, summarised from this batch's statements
// alone (src/analysis/months.ts). They are new to the graph, so their counts add to what is
// there; the evidence of the month's last day is replaced by a later day's, joined by the same
// day's, or left as it is. Param: $rows.
UNWIND $rows AS row
MERGE (m:StanceMonth {
  positionId: row.positionId,
  actorId: row.actorId,
  modality: row.modality,
  month: row.month
})
ON CREATE SET m.supports = 0, m.opposes = 0, m.neutral = 0
// Adding to the counts takes the node's write lock before reading them, so the day compared
// below is the last one committed, even with another ingestion running.
SET m.supports = m.supports + row.supports,
    m.opposes = m.opposes + row.opposes,
    m.neutral = m.neutral + row.neutral
WITH m, row, date(row.lastDay) AS day
WITH m, row, day,
     m.lastDay IS NULL OR day > m.lastDay AS later,
     m.lastDay = day AS same
SET m.evidence = CASE
      WHEN later THEN row.evidence
      WHEN same THEN m.evidence + row.evidence
      ELSE m.evidence END,
    m.lastDay = CASE WHEN later THEN day ELSE m.lastDay END
