// The migration runner's own bookkeeping: one :Migration node per applied file.
CREATE CONSTRAINT migration_version IF NOT EXISTS
FOR (m:Migration) REQUIRE m.version IS UNIQUE
