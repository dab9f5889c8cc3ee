import { Database } from '../neo4j/database';
import { acquireNeo4j } from '../neo4j/neo4j-target';
import { migrate } from '../migrations/migrator';
import type { CommandContext } from './context';

/**
 * Runs a command against the configured Neo4j (starting the embedded one if need be, and
 * stopping it after), with migrations applied, so every command sees the current schema.
 */
export async function withDatabase<T>(
  context: CommandContext,
  use: (db: Database) => Promise<T>,
): Promise<T> {
  const target = await acquireNeo4j(context.config, context.log);
  const db = new Database(target.connection);
  try {
    await db.waitUntilAvailable(context.config.localNeo4j.startTimeoutMs);
    await migrate(db, context.log);
    return await use(db);
  } finally {
    await db.close();
    await target.release();
  }
}
