// Month summaries (:StanceMonth, docs/model.md): what each actor said on each position in each
// calendar month, per modality, so that a position matrix or an agreement over years reads one
// row per actor, position and month rather than every statement since the beginning. Ingestion
// adds to them and retracting or superseding a statement recomputes its months; this migration
// builds them for a graph that already holds statements (on an empty graph it does nothing).
CREATE CONSTRAINT stance_month_key IF NOT EXISTS
FOR (m:StanceMonth) REQUIRE (m.positionId, m.actorId, m.modality, m.month) IS UNIQUE;
// Position by position, ten to a transaction: a graph of millions of stances would not fit in
// the memory one transaction may use.
MATCH (p:Position)
CALL (p) {
  MATCH (p)<-[t:TAKES_STANCE]-(s:Statement)-[:ON_BEHALF_OF]->(a:Actor)
  WHERE s.status IS NULL
  WITH a.id AS actorId, t.modality AS modality, substring(toString(s.date), 0, 7) AS month, s, t
  WITH actorId, modality, month,
       max(s.date) AS lastDay,
       count(DISTINCT CASE t.stance WHEN 'SUPPORTS' THEN s.id END) AS supports,
       count(DISTINCT CASE t.stance WHEN 'OPPOSES' THEN s.id END) AS opposes,
       count(DISTINCT CASE t.stance WHEN 'NEUTRAL' THEN s.id END) AS neutral,
       collect({day: s.date, statementId: s.id, quoteId: t.quoteId, stance: t.stance, act: t.act}) AS items
  WITH actorId, modality, month, lastDay, supports, opposes, neutral,
       [item IN items WHERE item.day = lastDay] AS last
  MERGE (m:StanceMonth {positionId: p.id, actorId: actorId, modality: modality, month: month})
  SET m.supports = supports,
      m.opposes = opposes,
      m.neutral = neutral,
      m.lastDay = lastDay,
      m.evidence = [item IN last | item.statementId + ' ' + item.quoteId + ' ' + item.stance + ' ' + item.act]
} IN TRANSACTIONS OF 10 ROWS;
