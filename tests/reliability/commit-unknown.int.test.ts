import { hashApiKey } from '../../src/auth/api-keys';
import { expandInputs, ingest } from '../../src/ingest/ingest';
import { SEED_DIR } from '../../src/ingest/seed';
import { stableJson } from '../../src/model/ids';
import { Database } from '../../src/neo4j/database';
import { startTestApi } from '../support/api';
import type { TestApi } from '../support/api';
import { startBoltProxy } from '../support/bolt-proxy';
import type { BoltProxy } from '../support/bolt-proxy';
import { buildDist, runCli } from '../support/cli-process';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../support/database';
import { documentWith, statementRecord } from '../support/ingest-fixtures';
import { testConnection } from '../support/test-neo4j-env';

/**
 * The commit-unknown window, made to happen every time: a proxy between the driver and Neo4j
 * forwards a write transaction's COMMIT and cuts the connection before the answer comes back,
 * then refuses connections (the database looks gone) until told to recover. The CLI and the
 * API must say COMMIT_UNKNOWN (never "nothing was written"), and a re-run must be safe and
 * give the graph of a clean run.
 */
const KEY = 'ingest-key-0123456789abcdefghij';
const INGEST = `mutation($input: IngestInput!) { ingestStatements(input: $input) { statements statementsNew } }`;
const API_INPUT = documentWith([1, 2, 3].map((i) => statementRecord(i)));

/** The graph's content: every node and relationship with its properties, but write times. */
async function snapshot(db: Database): Promise<string[]> {
  const { records } = await db.read(
    `MATCH (n) WHERE NOT n:Migration OPTIONAL MATCH (n)-[r]->(m)
     RETURN [labels(n), properties(n), type(r), properties(r), m.id] AS item`,
  );
  return records
    .map((r) => {
      const [labels, properties, ...rest] = r.get('item') as [unknown, Record<string, unknown>];
      const content = { ...properties };
      delete content.recordedAt;
      return stableJson([labels, content, ...rest]);
    })
    .sort();
}

async function statementCount(db: Database): Promise<number> {
  const { records } = await db.read<{ n: number }>('MATCH (s:Statement) RETURN count(s) AS n');
  return records[0]!.get('n');
}

describe('a commit whose answer is lost: COMMIT_UNKNOWN, and a re-run is safe', () => {
  let db: Database;
  let proxy: BoltProxy;
  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    proxy = await startBoltProxy(testConnection().uri);
  });
  afterAll(async () => {
    await proxy.close();
    await db.close();
  });

  it('the CLI says COMMIT_UNKNOWN and that a re-run is safe; the re-run gives the clean graph', async () => {
    await clearGraph(db);
    await ingest(db, expandInputs([SEED_DIR]));
    const clean = await snapshot(db);
    await clearGraph(db);

    proxy.armCommitCut();
    const run = await runCli(['ingest', SEED_DIR], undefined, proxy.uri);
    expect(proxy.cuts()).toBe(1);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error COMMIT_UNKNOWN: .*whether it was written is unknown/m);
    expect(run.stderr).toContain('run the same ingest again');
    expect(run.stderr).not.toMatch(/nothing was written/);
    // All or nothing, whichever the server did with the COMMIT it got.
    expect([0, 1]).toContain(await statementCount(db));

    proxy.recover();
    const again = await runCli(['ingest', SEED_DIR], undefined, proxy.uri);
    expect(again.status).toBe(0);
    expect(await snapshot(db)).toEqual(clean);
  });

  describe('over the API', () => {
    let proxied: Database;
    let api: TestApi;
    beforeAll(async () => {
      proxied = new Database({ ...testConnection(), uri: proxy.uri });
      api = await startTestApi(proxied, {
        mode: 'production',
        keys: [{ name: 'loader', role: 'ingest', hash: hashApiKey(KEY) }],
      });
    });
    afterAll(async () => {
      await api.stop();
      await proxied.close();
    });

    it('ingestStatements says COMMIT_UNKNOWN; sent again, it gives the clean graph', async () => {
      await clearGraph(db);
      await ingest(db, [{ name: 'api.json', text: API_INPUT }]);
      const clean = await snapshot(db);
      await clearGraph(db);

      proxy.armCommitCut();
      const input = { input: { format: 'JSON', text: API_INPUT } };
      const { body } = await api.query(INGEST, input, KEY);
      expect(proxy.cuts()).toBe(2);
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['COMMIT_UNKNOWN']);
      expect(body.errors?.[0]?.message).not.toMatch(/nothing was written/);
      expect([0, 3]).toContain(await statementCount(db));

      proxy.recover();
      const again = await api.query(INGEST, input, KEY);
      expect(again.body.errors).toBeUndefined();
      expect(await snapshot(db)).toEqual(clean);
    });
  });
});
