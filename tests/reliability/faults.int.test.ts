import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiplographError } from '../../src/errors';
import { ingest } from '../../src/ingest/ingest';
import type { IngestOptions } from '../../src/ingest/ingest';
import { migrate } from '../../src/migrations/migrator';
import { Database } from '../../src/neo4j/database';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import type { LocalNeo4jOptions } from '../../src/neo4j/local-neo4j';
import { startTestApi } from '../support/api';
import { clearGraph } from '../support/database';
import { documentWith, statementRecord } from '../support/ingest-fixtures';
import { testLogger } from '../support/test-logger';

/** What a graph holds, label by label and type by type, and each statement with its stances. */
async function snapshot(db: Database): Promise<unknown> {
  const nodes = await db.read<{ labels: string[] }>(
    'MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels',
  );
  const byLabels = new Map<string, number>();
  for (const r of nodes.records) {
    const key = [...r.get('labels')].sort().join(':');
    byLabels.set(key, (byLabels.get(key) ?? 0) + 1);
  }
  const relationships = await db.read<{ type: string; n: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  const statements = await db.read<{ id: string; stances: number }>(
    `MATCH (s:Statement) OPTIONAL MATCH (s)-[t:TAKES_STANCE]->(:Position)
     RETURN s.id AS id, count(t) AS stances ORDER BY id`,
  );
  return {
    nodes: [...byLabels].sort(([a], [b]) => a.localeCompare(b)),
    relationships: relationships.records.map((r) => [r.get('type'), r.get('n')]),
    statements: statements.records.map((r) => [r.get('id'), r.get('stances')]),
  };
}

const STATEMENTS = 3000;
/** A Neo4j start takes seconds alone, minutes on a busy 2-core machine running other suites. */
const START_TIMEOUT_MS = 300_000;
const text = documentWith(Array.from({ length: STATEMENTS }, (_, i) => statementRecord(i)));
const input = () => [{ name: 'feed.json', text }];

/** A fixed sequence, so a failure can be run again as it was. */
function* fractions(): Generator<number> {
  let x = 0.37;
  for (;;) {
    x = (x * 9301 + 0.49297) % 1;
    yield 0.15 + 0.75 * x;
  }
}

/**
 * Neo4j killed (SIGKILL) under a running API and in the middle of ingests: requests answer
 * DB_UNAVAILABLE at once while it is known down and recover by themselves; an interrupted
 * ingest never claims "nothing was written" unless that holds, and re-run after a restart leaves
 * exactly the graph of a run that was never interrupted, in both write modes.
 */
describe('faults: Neo4j killed under load', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-faults-'));
  let options: LocalNeo4jOptions;
  let server: LocalNeo4j;
  let db: Database;

  const kill = () => process.kill(server.ready.pid, 'SIGKILL');
  const restart = async () => {
    await server.stop(); // reaps the killed process
    server = await LocalNeo4j.start(options, testLogger);
  };

  beforeAll(async () => {
    options = {
      dataDir,
      boltPort: 0,
      httpPort: 0,
      heap: '512m',
      pageCache: '64m',
      startTimeoutMs: 300_000,
      lifetime: 'attached',
    };
    server = await LocalNeo4j.start(options, testLogger);
    // The same ports after each restart: the driver finds the server again by itself.
    options = { ...options, boltPort: server.ready.boltPort, httpPort: server.ready.httpPort };
    db = new Database({ uri: server.boltUri, ...server.credentials, database: 'neo4j' });
    await migrate(db, testLogger);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await db.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, START_TIMEOUT_MS);

  it(
    'while the database is known down, requests answer DB_UNAVAILABLE within a second; then recover',
    async () => {
      const api = await startTestApi(db, { mode: 'production' });
      const topics = '{ topics { pageInfo { hasNextPage } } }';
      try {
        expect((await api.query(topics)).body.errors).toBeUndefined();
        kill();
        await sleep(200);
        expect((await fetch(`${api.url}/health`)).status).toBe(503);
        for (let i = 0; i < 3; i++) {
          const started = Date.now();
          const { body } = await api.query(topics);
          expect(body.errors?.[0]?.extensions?.code).toBe('DB_UNAVAILABLE');
          expect(Date.now() - started).toBeLessThan(1000);
        }
        await restart();
        expect((await api.query(topics)).body.errors).toBeUndefined();
      } finally {
        await api.stop();
      }
    },
    START_TIMEOUT_MS,
  );

  const modes: [string, IngestOptions][] = [
    ['one transaction', {}],
    ['--commit-every 500', { commitEvery: 500 }],
  ];

  it.each(modes)(
    'an ingest killed at random points (%s) re-runs to the clean graph',
    async (_name, mode) => {
      const clear = () => clearGraph(db);
      await clear();
      const started = Date.now();
      await ingest(db, input(), mode);
      const cleanMs = Date.now() - started;
      const clean = await snapshot(db);
      const at = fractions();
      for (let point = 0; point < 2; point++) {
        await clear();
        const running = ingest(db, input(), mode).then(
          () => undefined,
          (error: unknown) => error,
        );
        await sleep(cleanMs * (at.next().value as number));
        kill();
        const outcome = await running;
        await restart();
        if (outcome !== undefined) {
          // Never a bug; and "nothing was written" only where nothing was.
          expect(outcome).toBeInstanceOf(DiplographError);
          const error = outcome as DiplographError;
          expect(['DB_UNAVAILABLE', 'COMMIT_UNKNOWN']).toContain(error.code);
          if (/nothing was written/.test(error.message)) {
            const written = await db.read<{ n: number }>(
              'MATCH (s:Statement) RETURN count(s) AS n',
            );
            expect(written.records[0]?.get('n')).toBe(0);
          }
        }
        await ingest(db, input(), mode);
        expect(await snapshot(db)).toEqual(clean);
      }
    },
    3 * START_TIMEOUT_MS,
  );
});
