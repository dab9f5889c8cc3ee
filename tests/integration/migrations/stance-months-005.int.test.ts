import { migrate } from '../../../src/migrations/migrator';
import type { Database } from '../../../src/neo4j/database';
import { openTestDatabase, resetDatabase } from '../../support/database';
import { testLogger } from '../../support/test-logger';

/** The checksum graphs recorded for 005 before its computation moved to the shared query. */
const EARLIER_005 = '452a5ed01fc3b78c0599a6d0e0e148bdbd070268d6540fa582b4efc8e3db2001';

describe('migration 005 rewritten to include the shared month-summary query', () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => db.close());

  it('still starts a graph that applied its earlier text, and applies nothing again', async () => {
    await resetDatabase(db);
    const first = await migrate(db, testLogger);
    await db.write('MATCH (m:Migration {version: 5}) SET m.checksum = $checksum', {
      checksum: EARLIER_005,
    });
    await expect(migrate(db, testLogger)).resolves.toEqual({
      applied: [],
      alreadyApplied: first.applied.length,
    });
  });

  it('refuses any other checksum for 005 with MIGRATION_CHANGED', async () => {
    await db.write('MATCH (m:Migration {version: 5}) SET m.checksum = $checksum', {
      checksum: '0'.repeat(64),
    });
    await expect(migrate(db, testLogger)).rejects.toMatchObject({ code: 'MIGRATION_CHANGED' });
  });
});
