// Bulk import: waits until every index of the imported store is populated (at most an hour).
CALL db.awaitIndexes(3600)
