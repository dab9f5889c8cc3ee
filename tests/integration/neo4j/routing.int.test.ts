import type { Driver } from 'neo4j-driver';
import { hashApiKey } from '../../../src/auth/api-keys';
import { ErrorCode } from '../../../src/errors';
import { ingest } from '../../../src/ingest/ingest';
import { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';
import { testConnection } from '../../support/test-neo4j-env';

/**
 * The API over a `neo4j://` URI, as it would run against a cluster (Enterprise, Aura): the
 * driver asks the server for a routing table, then sends reads to a reader and writes to the
 * writer. Community answers that request for its one instance with itself in every role, so the
 * routing path runs for real here; docs/scaling.md says what a cluster adds.
 */

const INGEST_KEY = 'ingest-key-0123456789abcdefghij';
const INGEST = `mutation($input: IngestInput!) { ingestStatements(input: $input) {
  statements statementsNew } }`;
const PAGE = `{ statements(filter: { actor: "TUR" }, first: 20) {
  edges { node { id date stances { stance position { id } } } } } }`;
const MATRIX = `{ positionMatrix(actors: ["TUR"], positions: ["CEASEFIRE:test-conflict"],
  from: "2021-01", to: "2021-12", interval: QUARTER) { cells { actor { id } bucket stance } } }`;

/** The same server, through the routing scheme: `bolt://host:port` → `neo4j://host:port`. */
function routingUri(uri: string): string {
  const url = new URL(uri);
  return `neo4j://${url.host}`;
}

interface Access {
  /** `executeQuery`'s routing, or a session's default access mode (WRITE when none is given). */
  mode: string;
  via: 'executeQuery' | 'session';
  /** A session that hands its bookmarks to the manager executeQuery reads with. */
  sharesBookmarks?: boolean;
}

/**
 * Records the access mode of each query the application hands the driver, and passes every call
 * on unchanged to the real driver: Neo4j answers, nothing here does. (The driver's own
 * executeQuery opens its sessions through a copy of `session` bound at construction, so a query
 * is recorded once.)
 */
function recordAccess(driver: Driver): Access[] {
  const accesses: Access[] = [];
  const executeQuery = driver.executeQuery.bind(driver);
  jest.spyOn(driver, 'executeQuery').mockImplementation(((query, params, config) => {
    accesses.push({ mode: String(config?.routing ?? 'WRITE'), via: 'executeQuery' });
    return executeQuery(query, params, config);
  }) as Driver['executeQuery']);
  const session = driver.session.bind(driver);
  jest.spyOn(driver, 'session').mockImplementation((config) => {
    accesses.push({
      mode: String(config?.defaultAccessMode ?? 'WRITE'),
      via: 'session',
      sharesBookmarks: config?.bookmarkManager === driver.executeQueryBookmarkManager,
    });
    return session(config);
  });
  return accesses;
}

describe('the API over a neo4j:// URI (the routing driver)', () => {
  let setup: Database;
  let routed: Database;
  let api: TestApi;

  beforeAll(async () => {
    setup = openTestDatabase();
    await resetAndMigrate(setup);
    await ingest(setup, [
      {
        name: 'routing.json',
        text: documentWith(Array.from({ length: 6 }, (_, i) => statementRecord(i))),
      },
    ]);
    const connection = testConnection();
    routed = new Database({ ...connection, uri: routingUri(connection.uri) });
    api = await startTestApi(routed, {
      keys: [{ name: 'loader', role: 'ingest', hash: hashApiKey(INGEST_KEY) }],
    });
  });
  afterAll(async () => {
    await api?.stop();
    await routed?.close();
    await setup.close();
  });

  it('gets a routing table from the server, the test Neo4j in each role', async () => {
    expect(routed.uri).toMatch(/^neo4j:\/\//);
    const { address } = await routed.driver.getServerInfo({ database: routed.name });
    expect(address).toBe(new URL(testConnection().uri).host);
    const table = await routed.read<{ servers: { addresses: string[]; role: string }[] }>(
      'CALL dbms.routing.getRoutingTable({}, $database) YIELD servers RETURN servers',
      { database: routed.name },
    );
    const servers = table.records[0]!.get('servers');
    expect(servers.map((s) => s.role).sort()).toEqual(['READ', 'ROUTE', 'WRITE']);
    for (const server of servers) expect(server.addresses).toEqual([address]);
  });

  afterEach(() => jest.restoreAllMocks());

  it('answers a statements page and a matrix through read transactions only', async () => {
    const accesses = recordAccess(routed.driver);
    const page = await api.query(PAGE);
    expect(page.body.errors).toBeUndefined();
    const edges = (page.body.data!.statements as { edges: { node: { id: string } }[] }).edges;
    expect(edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining(['statement:test-0', 'statement:test-5']),
    );
    const matrix = await api.query(MATRIX);
    expect(matrix.body.errors).toBeUndefined();
    const cells = (matrix.body.data!.positionMatrix as { cells: { stance: string }[] }).cells;
    expect(cells.map((c) => c.stance)).toContain('SUPPORTS');
    expect(accesses.length).toBeGreaterThan(1);
    expect(accesses.filter((a) => a.mode !== 'READ')).toEqual([]);
  });

  it('refuses a write sent as a read: the access mode reaches the server', async () => {
    await expect(routed.read('CREATE (:RoutingProbe)')).rejects.toMatchObject({
      code: ErrorCode.DB_ERROR,
      details: { neo4jCode: 'Neo.ClientError.Statement.AccessMode' },
    });
    const probes = await setup.read('MATCH (n:RoutingProbe) RETURN count(n) AS n');
    expect(probes.records[0]!.get('n')).toBe(0);
  });

  it('ingests through the mutation in a write transaction whose bookmark the reads wait for', async () => {
    const accesses = recordAccess(routed.driver);
    const input = { format: 'JSON', text: documentWith([statementRecord(40)]), dryRun: false };
    const first = await api.query(INGEST, { input }, INGEST_KEY);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.ingestStatements).toEqual({ statements: 1, statementsNew: 1 });
    // In a cluster the next read waits for a server that has this write (read your own writes).
    expect(accesses).toContainEqual({ mode: 'WRITE', via: 'session', sharesBookmarks: true });
    const again = await api.query(INGEST, { input }, INGEST_KEY);
    expect(again.body.data?.ingestStatements).toEqual({ statements: 1, statementsNew: 0 });
    const { body } = await api.query('{ statement(id: "statement:test-40") { id date } }');
    expect(body.data?.statement).toEqual({ id: 'statement:test-40', date: '2021-05-15' });
  });
});
