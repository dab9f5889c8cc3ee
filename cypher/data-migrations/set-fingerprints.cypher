// Data migration 009: sets the fingerprints computed for statements that had none (a statement
// that has one by now keeps it). Param: $rows, each {id, fingerprint}.
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
WHERE s.fingerprint IS NULL
SET s.fingerprint = row.fingerprint
RETURN count(s) AS updated
