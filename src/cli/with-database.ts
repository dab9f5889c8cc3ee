import { Database } from '../neo4j/database';
import { acquireNeo4j } from '../neo4j/neo4j-target';
import { readLiveLocalState } from '../neo4j/local-state';
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
  if (!context.config.neo4j && !readLiveLocalState(context.config.localNeo4j.dataDir)) {
    // Not silent: this takes a while, and a running one makes every command start at once.
    process.stderr.write(
      'note: no database is running; starting an embedded Neo4j for this command (it stops after). ' +
        'Keep one running with `diplograph db start` (or `npm start`), or set NEO4J_URI.\n',
    );
  }
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
