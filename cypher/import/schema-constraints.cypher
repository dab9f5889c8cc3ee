// Bulk import: the statements that create the constraints migrations made, to make them again on
// the imported store (whose migration records say they are applied).
SHOW CONSTRAINTS YIELD createStatement
RETURN createStatement AS statement
