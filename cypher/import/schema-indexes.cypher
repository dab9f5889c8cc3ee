// Bulk import: the statements that create the indexes migrations made (not the built-in lookup
// indexes, nor those that back constraints), to make them again on the imported store.
SHOW INDEXES YIELD createStatement, type, owningConstraint
WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
RETURN createStatement AS statement
