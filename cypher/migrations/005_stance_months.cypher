// Month summaries (:StanceMonth, docs/model.md): what each actor said on each position in each
// calendar month, per modality, so that a position matrix or an agreement over years reads one
// row per actor, position and month rather than every statement since the beginning. Ingestion
// adds to them and retracting or superseding a statement recomputes its months; this migration
// builds them for a graph that already holds statements (on an empty graph it does nothing).
// replaces checksum 452a5ed01fc3b78c0599a6d0e0e148bdbd070268d6540fa582b4efc8e3db2001
// (this file until the computation moved to cypher/statements/count-in-stance-months.cypher: it
// built the same summaries inline, so a graph that applied it has nothing to redo).
CREATE CONSTRAINT stance_month_key IF NOT EXISTS
FOR (m:StanceMonth) REQUIRE (m.positionId, m.actorId, m.modality, m.month) IS UNIQUE;
// Counting adds up, so a run that stopped half-way starts again from no summary at all.
MATCH (m:StanceMonth)
CALL (m) {
  DELETE m
} IN TRANSACTIONS OF 10000 ROWS;
// Every statement counted by the query ingestion runs, a thousand statements a transaction: a
// graph of millions of stances would not fit in the memory one transaction may use.
MATCH (s:Statement)
CALL (s) {
  WITH s, {} AS row
  // include statements/count-in-stance-months.cypher
} IN TRANSACTIONS OF 1000 ROWS;
