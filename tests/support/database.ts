import { migrate } from '../../src/migrations/migrator';
import { Database } from '../../src/neo4j/database';
import { testLogger } from './test-logger';
import { testConnection } from './test-neo4j-env';

export function openTestDatabase(): Database {
  return new Database(testConnection());
}

/**
 * Empties the graph and drops every constraint and index we made, so each test file starts
 * from a blank database. Community edition has one user database, so files run one at a time.
 */
export async function resetDatabase(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
  const constraints = await db.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
  for (const record of constraints.records) {
    await db.write(`DROP CONSTRAINT \`${record.get('name')}\` IF EXISTS`);
  }
  const indexes = await db.read<{ name: string }>(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  );
  for (const record of indexes.records) {
    await db.write(`DROP INDEX \`${record.get('name')}\` IF EXISTS`);
  }
}

/** A blank graph with the project's migrations applied: where most integration files start. */
export async function resetAndMigrate(db: Database): Promise<void> {
  await resetDatabase(db);
  await migrate(db, testLogger);
}

/**
 * What migrations make and no ingestion touches: migration records, reference states and the
 * core position types (those have no content hash; types that files define do). A WHERE on `n`.
 */
export const REFERENCE_DATA =
  '(n:Migration OR n:State OR (n:PositionType AND n.contentHash IS NULL))';

/** Everything but the reference data: a test's blank slate. */
export async function clearGraph(db: Database): Promise<void> {
  await db.write(`MATCH (n) WHERE NOT ${REFERENCE_DATA} DETACH DELETE n`);
}
