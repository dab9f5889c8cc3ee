import { hashApiKey } from '../../../src/auth/api-keys';
import { expandInputs, ingest } from '../../../src/ingest/ingest';
import { SEED_DIR } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

const INGEST_KEY = 'ingest-key-0123456789abcdefghij';
const READ_KEY = 'read-key-0123456789abcdefghijkl';

const INGEST = `mutation($input: IngestInput!) { ingestStatements(input: $input) {
  statements statementsNew stances dryRun counters { nodesCreated relationshipsCreated } } }`;

describe('GraphQL mutations and API keys', () => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, expandInputs([SEED_DIR]));
    api = await startTestApi(db, {
      keys: [
        { name: 'loader', role: 'ingest', hash: hashApiKey(INGEST_KEY) },
        { name: 'analyst', role: 'read', hash: hashApiKey(READ_KEY) },
      ],
    });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const input = (records: Record<string, unknown>[], dryRun = false) => ({
    input: { format: 'JSON', text: documentWith(records), dryRun },
  });

  it('refuses mutations without a key (UNAUTHENTICATED) and with a read key (FORBIDDEN)', async () => {
    const anonymous = await api.query(INGEST, input([statementRecord(1)]));
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await api.query(INGEST, input([statementRecord(1)]), READ_KEY);
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = await api.query('{ topics { pageInfo { hasNextPage } } }', {}, 'x'.repeat(30));
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const read = await api.query('{ topics { pageInfo { hasNextPage } } }', {}, READ_KEY);
    expect(read.body.errors).toBeUndefined();
    expect(await db.read("MATCH (s:Statement {id: 'statement:test-1'}) RETURN s")).toMatchObject({
      records: [],
    });
  });

  it('ingests through the same path as the CLI, and a second time changes nothing', async () => {
    const records = [statementRecord(1), statementRecord(2)];
    const dry = await api.query(INGEST, input(records, true), INGEST_KEY);
    expect(dry.body.data?.ingestStatements).toMatchObject({ dryRun: true, counters: null });
    const first = await api.query(INGEST, input(records), INGEST_KEY);
    expect(first.body.data?.ingestStatements).toMatchObject({
      statements: 2,
      statementsNew: 2,
      stances: 2,
      // Statements, quotes, topic and position, and the month summaries of 2021-02 and 2021-03.
      counters: { nodesCreated: 2 + 2 + 2 + 2 },
    });
    const again = await api.query(INGEST, input(records), INGEST_KEY);
    expect(again.body.data?.ingestStatements).toMatchObject({
      statementsNew: 0,
      counters: { nodesCreated: 0, relationshipsCreated: 0 },
    });
  });

  it('refuses bad input with the CLI issues, writing nothing', async () => {
    const bad = statementRecord(3, { date: '2021-02-30' });
    const { body } = await api.query(INGEST, input([statementRecord(4), bad]), INGEST_KEY);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INGEST_INVALID',
      issues: [
        expect.objectContaining({
          code: 'INVALID_DATE',
          file: 'request.json',
          record: 'statements[1]',
          field: 'date',
        }),
      ],
    });
    const { records } = await db.read("MATCH (s:Statement {id: 'statement:test-4'}) RETURN s");
    expect(records).toHaveLength(0);
  });

  it('retracts and supersedes, keeping history; lists leave them out', async () => {
    await ingest(db, [
      { name: 'r.json', text: documentWith([statementRecord(10), statementRecord(11)]) },
    ]);
    const retract = await api.query(
      `mutation { retractStatement(id: "statement:test-10", reason: "misattributed") {
         id status statusReason } }`,
      {},
      INGEST_KEY,
    );
    expect(retract.body.data?.retractStatement).toEqual({
      id: 'statement:test-10',
      status: 'RETRACTED',
      statusReason: 'misattributed',
    });
    const twice = await api.query(
      'mutation { retractStatement(id: "statement:test-10", reason: "again") { id } }',
      {},
      INGEST_KEY,
    );
    expect(twice.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.query(
      'mutation { retractStatement(id: "statement:nope", reason: "x") { id } }',
      {},
      INGEST_KEY,
    );
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const supersede = await api.query(
      `mutation { supersedeStatement(id: "statement:test-11", by: "statement:test-2",
         reason: "fuller text") { status supersededBy { id } } }`,
      {},
      INGEST_KEY,
    );
    expect(supersede.body.data?.supersedeStatement).toEqual({
      status: 'SUPERSEDED',
      supersededBy: [{ id: 'statement:test-2' }],
    });
    // The reverse link, from the replacement: alone (statement-links) and from a page of
    // statements (statements-page), which brings the list only when the operation names it.
    const replacement = await api.query(
      `{ statement(id: "statement:test-2") { supersedes { id } supersededBy { id } }
         statements(filter: { actor: "TUR", includeRetracted: true }, first: 50) {
           edges { node { id supersedes { id } } } } }`,
    );
    expect(replacement.body.errors).toBeUndefined();
    expect(replacement.body.data?.statement).toEqual({
      supersedes: [{ id: 'statement:test-11' }],
      supersededBy: [],
    });
    const pageNodes = (
      replacement.body.data?.statements as {
        edges: { node: { id: string; supersedes: { id: string }[] } }[];
      }
    ).edges.map((e) => e.node);
    expect(pageNodes.find((n) => n.id === 'statement:test-2')?.supersedes).toEqual([
      { id: 'statement:test-11' },
    ]);
    expect(pageNodes.find((n) => n.id === 'statement:test-11')?.supersedes).toEqual([]);

    const list = async (includeRetracted: boolean) => {
      const { body } = await api.query(
        `{ statements(filter: { actor: "TUR", includeRetracted: ${includeRetracted} }, first: 50) {
           edges { node { id } } } }`,
      );
      const edges = (body.data!.statements as { edges: { node: { id: string } }[] }).edges;
      return edges.map((e) => e.node.id).sort();
    };
    expect(await list(false)).toEqual(['statement:test-1', 'statement:test-2']);
    expect(await list(true)).toEqual([
      'statement:test-1',
      'statement:test-10',
      'statement:test-11',
      'statement:test-2',
    ]);
    const { records } = await db.read('MATCH (s:Statement) RETURN count(s) AS n');
    expect(records[0]?.get('n')).toBe(5); // the seed and four: nothing deleted
  });

  it('can require a key for reads too', async () => {
    const keyed = await startTestApi(db, {
      keys: [{ name: 'analyst', role: 'read', hash: hashApiKey(READ_KEY) }],
      readsNeedKey: true,
    });
    try {
      const anonymous = await keyed.query('{ topics { pageInfo { hasNextPage } } }');
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const reader = await keyed.query('{ topics { pageInfo { hasNextPage } } }', {}, READ_KEY);
      expect(reader.body.errors).toBeUndefined();
    } finally {
      await keyed.stop();
    }
  });
});
