// Statement fingerprints (docs/model.md, "Duplicates"): ingestion refuses a statement whose
// speaker, date, actors and quotes are those of a standing statement under another id, looking
// the fingerprint up by this index, not by a scan. Statements written before this migration have
// no fingerprint (it is a hash ingestion computes, src/model/ids.ts) and are not found by it.
CREATE INDEX statement_fingerprint IF NOT EXISTS FOR (s:Statement) ON (s.fingerprint);
