import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../../src/neo4j/database';
import { LocalNeo4j } from '../../../src/neo4j/local-neo4j';
import type { LocalNeo4jOptions } from '../../../src/neo4j/local-neo4j';
import { testLogger } from '../../support/test-logger';

/** The embedded launcher itself, always, whichever Neo4j the rest of the run uses. */
describe('embedded Neo4j launcher', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-persist-'));
  const options: LocalNeo4jOptions = {
    dataDir,
    boltPort: 0,
    httpPort: 0,
    heap: '512m',
    pageCache: '64m',
    startTimeoutMs: 300_000,
    lifetime: 'attached',
  };

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function withServer<T>(use: (server: LocalNeo4j, db: Database) => Promise<T>): Promise<T> {
    const server = await LocalNeo4j.start(options, testLogger);
    const db = new Database({
      uri: server.boltUri,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    try {
      return await use(server, db);
    } finally {
      await db.close();
      await server.stop();
    }
  }

  it('keeps data across a stop and start on the same data directory, and serves Neo4j Browser', async () => {
    const marker = `restart-${Date.now()}`;
    await withServer(async (server, db) => {
      await db.write('CREATE (:RestartProbe {marker: $marker})', { marker });
      const browser = await fetch(server.browserUrl);
      expect(browser.status).toBe(200);
      expect(await browser.text()).toContain('Neo4j Browser');
    });

    const found = await withServer(async (server, db) => {
      expect(server.status.phase).toBe('ready');
      const { records } = await db.read<{ n: number }>(
        'MATCH (p:RestartProbe {marker: $marker}) RETURN count(p) AS n',
        { marker },
      );
      return records[0]!.get('n');
    });
    expect(found).toBe(1);
  });

  it('reports a failed start with NEO4J_START_FAILED and the log, not a hang', async () => {
    // The first server holds the store lock; a second one on the same directory must fail.
    await withServer(async () => {
      await expect(LocalNeo4j.start(options, testLogger)).rejects.toMatchObject({
        code: 'NEO4J_START_FAILED',
      });
    });
  });
});
