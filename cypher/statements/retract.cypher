// Marks a statement retracted, keeping it and saying why and who: nothing is deleted.
// statusChangedAt is when the retraction entered the graph: as of an earlier moment the
// statement is in force (docs/model.md, "Knowledge time"). Params: $id, $reason, $by (the API key's name).
MATCH (s:Statement {id: $id})
WITH s, s.status AS before
SET s.status = coalesce(before, 'RETRACTED'),
    s.statusReason = CASE WHEN before IS NULL THEN $reason ELSE s.statusReason END,
    s.statusChangedAt = CASE WHEN before IS NULL THEN datetime.transaction() ELSE s.statusChangedAt END,
    s.statusChangedBy = CASE WHEN before IS NULL THEN $by ELSE s.statusChangedBy END
RETURN s.id AS id, before
