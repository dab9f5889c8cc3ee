import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../../src/migrations/migrator';
import { Database } from '../../../src/neo4j/database';
import { LocalNeo4j } from '../../../src/neo4j/local-neo4j';
import type { LocalNeo4jOptions } from '../../../src/neo4j/local-neo4j';
import { startTestApi } from '../../support/api';
import { testLogger } from '../../support/test-logger';

/**
 * Production mode against a Neo4j of its own that is stopped and started again under the
 * running API: clients get DB_UNAVAILABLE (no driver message), /health says down, and both
 * recover without restarting the API.
 */
describe('API in production mode, through a database outage', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-outage-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reports DB_UNAVAILABLE while the database is down and recovers after', async () => {
    const options: LocalNeo4jOptions = {
      dataDir,
      boltPort: 0,
      httpPort: 0,
      heap: '512m',
      pageCache: '64m',
      startTimeoutMs: 300_000,
      lifetime: 'attached',
    };
    let server = await LocalNeo4j.start(options, testLogger);
    const boltPort = Number(new URL(server.boltUri.replace('bolt:', 'http:')).port);
    const db = new Database({ uri: server.boltUri, ...server.credentials, database: 'neo4j' });
    await migrate(db, testLogger);
    const api = await startTestApi(db, { mode: 'production' });
    const health = async () => (await fetch(`${api.url}/health`)).status;
    const topics = '{ topics { pageInfo { hasNextPage } } }';
    try {
      expect((await api.query(topics)).body.errors).toBeUndefined();
      expect(await health()).toBe(200);

      // Production: no introspection, no IDE.
      const introspection = await api.query('{ __schema { queryType { name } } }');
      expect(introspection.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await fetch(`${api.url}/ide`)).status).toBe(404);

      await server.stop();
      const down = await api.query(topics);
      expect(down.body.errors).toEqual([
        expect.objectContaining({
          message: 'The database is unavailable; try again shortly.',
          extensions: { code: 'DB_UNAVAILABLE' },
        }),
      ]);
      expect(JSON.stringify(down.body)).not.toMatch(/stack|bolt|Neo4j|MATCH/);
      expect(await health()).toBe(503);

      server = await LocalNeo4j.start({ ...options, boltPort }, testLogger);
      expect(await health()).toBe(200);
      expect((await api.query(topics)).body.errors).toBeUndefined();
    } finally {
      await api.stop();
      await db.close();
      await server.stop();
    }
  });
});
