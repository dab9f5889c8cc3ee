// Marks a statement superseded by another (a correction, a fuller text), linking the two:
// nothing is deleted. statusChangedAt is when the supersession entered the graph: as of an
// earlier moment the statement is in force (docs/model.md, "Knowledge time"). Params: $id, $by (the replacing statement's id), $reason, $caller.
MATCH (old:Statement {id: $id})
MATCH (new:Statement {id: $by})
WITH old, new, old.status AS before
MERGE (old)-[:SUPERSEDED_BY]->(new)
SET old.status = coalesce(before, 'SUPERSEDED'),
    old.statusReason = CASE WHEN before IS NULL THEN $reason ELSE old.statusReason END,
    old.statusChangedAt = CASE WHEN before IS NULL THEN datetime.transaction() ELSE old.statusChangedAt END,
    old.statusChangedBy = CASE WHEN before IS NULL THEN $caller ELSE old.statusChangedBy END
RETURN old.id AS id, before
