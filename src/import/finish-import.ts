import type { Logger } from '../config/logger';
import { migrate } from '../migrations/migrator';
import type { Database } from '../neo4j/database';
import type { EmptyList } from './import-state';
import { setEmptyLists } from './import.queries';
import { awaitIndexes } from './import.queries';

/** Rows of empty-lists.cypher per transaction. */
const LISTS_PER_QUERY = 10_000;

/**
 * The imported store, started: its constraints and indexes made again (before anything else, so
 * that the lookups below use them), its empty lists set, migrations run (they find themselves
 * applied: their records were imported; one newer than the snapshot would run now), and the
 * indexes populated, so the database answers at full speed when import returns.
 */
export async function finishImport(
  db: Database,
  prepared: { schema: string[]; emptyLists: EmptyList[] },
  log: Logger,
): Promise<void> {
  for (const statement of prepared.schema) await db.write(statement);
  await db.write(awaitIndexes.text());
  for (let start = 0; start < prepared.emptyLists.length; start += LISTS_PER_QUERY) {
    const lists = prepared.emptyLists.slice(start, start + LISTS_PER_QUERY);
    await db.write(setEmptyLists.text(), { lists });
  }
  await migrate(db, log);
}
