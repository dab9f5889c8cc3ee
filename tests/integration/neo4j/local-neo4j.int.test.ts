import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../../src/neo4j/database';
import { localPasswordFile } from '../../../src/neo4j/local-auth';
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

  async function withServer<T>(
    overrides: Partial<LocalNeo4jOptions>,
    use: (server: LocalNeo4j, db: Database) => Promise<T>,
  ): Promise<T> {
    const server = await LocalNeo4j.start({ ...options, ...overrides }, testLogger);
    const db = new Database({ uri: server.boltUri, ...server.credentials, database: 'neo4j' });
    try {
      return await use(server, db);
    } finally {
      await db.close();
      await server.stop();
    }
  }

  const httpBase = (server: LocalNeo4j) => `http://${server.ready.host}:${server.ready.httpPort}`;

  async function refuses(connection: { uri: string; user: string; password: string }) {
    const db = new Database({ ...connection, database: 'neo4j' });
    try {
      await expect(db.ping()).rejects.toMatchObject({ code: 'DB_AUTH_FAILED' });
    } finally {
      await db.close();
    }
  }

  it('keeps the data of a directory made without authentication, and locks it with a generated password from then on', async () => {
    const marker = `restart-${Date.now()}`;
    // A data directory from before authentication was the default.
    await withServer({ auth: 'none' }, async (server, db) => {
      expect(server.ready.auth).toBe('none');
      await db.write('CREATE (:RestartProbe {marker: $marker})', { marker });
    });

    const found = await withServer({}, async (server, db) => {
      expect(server.status.phase).toBe('ready');
      expect(server.ready.auth).toBe('password');
      expect(server.credentials.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(statSync(localPasswordFile(dataDir)).mode & 0o777).toBe(0o600);
      await refuses({ uri: server.boltUri, user: 'neo4j', password: 'made-up-password' });
      await refuses({ uri: server.boltUri, user: 'intruder', password: 'made-up-password' });
      const { records } = await db.read<{ n: number }>(
        'MATCH (p:RestartProbe {marker: $marker}) RETURN count(p) AS n',
        { marker },
      );
      return records[0]!.get('n');
    });
    expect(found).toBe(1);
  });

  it('advertises the ports it listens on, serves Browser with Diplograph’s pages, and has APOC', async () => {
    await withServer({}, async (server, db) => {
      const discovery = (await (
        await fetch(`${httpBase(server)}/`, { headers: { Accept: 'application/json' } })
      ).json()) as { bolt_direct: string };
      expect(discovery.bolt_direct).toBe(server.boltUri);

      const browser = await fetch(`${httpBase(server)}/browser/`);
      expect(browser.status).toBe(200);
      expect(await browser.text()).toContain('Neo4j Browser');
      for (const page of ['guide.html', 'diplograph.grass', 'connect.html', 'connect.js']) {
        expect((await fetch(`${httpBase(server)}/browser/diplograph/${page}`)).status).toBe(200);
      }
      expect(server.browserUrl).toBe(
        `${httpBase(server)}/browser/diplograph/connect.html#password=${server.credentials.password}`,
      );

      const apoc = await db.read<{ n: number }>(
        "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.export.' RETURN count(*) AS n",
      );
      expect(apoc.records[0]!.get('n')).toBeGreaterThan(10);
      const { records } = await db.read<{ settings: Record<string, string> }>(
        `CALL dbms.clientConfig() YIELD name, value
         RETURN apoc.map.fromPairs(collect([name, value])) AS settings`,
      );
      expect(records[0]!.get('settings')).toMatchObject({
        'browser.post_connect_cmd': `style ${httpBase(server)}/browser/diplograph/diplograph.grass; play ${httpBase(server)}/browser/diplograph/guide.html`,
        'browser.remote_content_hostname_whitelist': '127.0.0.1',
      });
    });
  });

  it('refuses the cross-origin request that ran Cypher over HTTP before', async () => {
    await withServer({}, async (server, db) => {
      const endpoint = `${httpBase(server)}/db/neo4j/tx/commit`;
      const preflight = await fetch(endpoint, {
        method: 'OPTIONS',
        headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).not.toBe('*');
      expect(preflight.headers.get('access-control-allow-origin')).not.toBe('http://evil.example');

      const attack = await fetch(endpoint, {
        method: 'POST',
        headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
        body: JSON.stringify({ statements: [{ statement: 'CREATE (:CrossOriginProbe)' }] }),
      });
      expect(attack.ok).toBe(false);
      // Not even with the password: Browser and Diplograph speak Bolt, so HTTP Cypher is off.
      const withPassword = await fetch(endpoint, {
        method: 'POST',
        headers: {
          Origin: 'http://evil.example',
          'Content-Type': 'application/json',
          Authorization: `Basic ${Buffer.from(`neo4j:${server.credentials.password}`).toString('base64')}`,
        },
        body: JSON.stringify({ statements: [{ statement: 'CREATE (:CrossOriginProbe)' }] }),
      });
      expect(withPassword.ok).toBe(false);
      const { records } = await db.read<{ n: number }>(
        'RETURN COUNT { MATCH (:CrossOriginProbe) } AS n',
      );
      expect(records[0]!.get('n')).toBe(0);
    });
  });

  it('reports a failed start with NEO4J_START_FAILED and the log, not a hang', async () => {
    // The first server holds the store lock; a second one on the same directory must fail.
    await withServer({}, async () => {
      await expect(LocalNeo4j.start(options, testLogger)).rejects.toMatchObject({
        code: 'NEO4J_START_FAILED',
      });
    });
  });
});
