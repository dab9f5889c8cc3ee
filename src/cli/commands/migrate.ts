import { migrate } from '../../migrations/migrator';
import { Database } from '../../neo4j/database';
import { acquireNeo4j } from '../../neo4j/neo4j-target';
import type { CommandContext } from '../context';

export async function migrateCommand({ config, log }: CommandContext): Promise<void> {
  const target = await acquireNeo4j(config, log);
  const db = new Database(target.connection);
  try {
    await db.waitUntilAvailable(config.localNeo4j.startTimeoutMs);
    const report = await migrate(db, log);
    const applied = report.applied.length ? report.applied.join(', ') : 'none';
    process.stdout.write(
      `migrations applied: ${applied}; already applied: ${report.alreadyApplied}\n`,
    );
  } finally {
    await db.close();
    await target.release();
  }
}
