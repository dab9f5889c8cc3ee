import { hashApiKey } from '../../src/auth/api-keys';
import { expandInputs, ingest } from '../../src/ingest/ingest';
import { SEED_DIR } from '../../src/ingest/seed';
import type { Database } from '../../src/neo4j/database';
import { startTestApi } from '../support/api';
import type { GraphqlBody, TestApi } from '../support/api';
import { openTestDatabase, resetAndMigrate } from '../support/database';
import { documentWith, statementRecord } from '../support/ingest-fixtures';

const KEY = 'ingest-key-0123456789abcdefghij';
const INGEST = `mutation($input: IngestInput!) { ingestStatements(input: $input) { statements statementsNew dryRun } }`;
const TOPICS = 'query($n: Int) { topics(first: $n) { pageInfo { hasNextPage } } }';

/** Nothing of the server's insides: no stack, no path on disk, no Cypher, no driver text. */
const INTERNALS = /stacktrace|\bat \w+ \(|\/work\/|node_modules|MATCH |Neo4jError|bolt:\/\//;

function codes(body: GraphqlBody): (string | undefined)[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * The caller's mistakes over GraphQL, in production mode: each answers a stable code naming what
 * was wrong (never INTERNAL), with the HTTP status of the GraphQL-over-HTTP spec, and nothing of
 * the server's insides.
 */
describe.each(['production', 'development'] as const)('GraphQL errors in %s mode', (mode) => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, expandInputs([SEED_DIR]));
    api = await startTestApi(db, {
      mode,
      keys: [{ name: 'loader', role: 'ingest', hash: hashApiKey(KEY) }],
    });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const ask = (query: string, variables?: Record<string, unknown>) =>
    api.query(query, variables, KEY);

  it('variable errors (wrong type, null for non-null, unknown enum value): 400 BAD_USER_INPUT naming the variable', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [TOPICS, { n: 'x' }, 'n'],
      [INGEST, { input: null }, 'input'],
      [INGEST, { input: { format: 'XML', text: '' } }, 'input'],
      [INGEST, { input: { format: 'JSON', text: 7 } }, 'input'],
    ];
    for (const [query, variables, variable] of cases) {
      const { status, body } = await ask(query, variables);
      expect({ status, codes: codes(body) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
      expect(body.errors?.[0]?.extensions?.variable).toBe(variable);
      expect(body.errors?.[0]?.message).toContain(`$${variable}`);
      expect(JSON.stringify(body)).not.toMatch(INTERNALS);
    }
    const enumError = (await ask(INGEST, { input: { format: 'XML', text: '' } })).body;
    expect(enumError.errors?.[0]?.message).toMatch(/"XML" does not exist in "IngestFormat"/);
  });

  it('ingestStatements with the defaulted dryRun left out of the variables runs (compiled path)', async () => {
    const text = documentWith([statementRecord(1)]);
    const { status, body } = await ask(INGEST, { input: { format: 'JSON', text } });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data).toEqual({
      ingestStatements: { statements: 1, statementsNew: expect.any(Number), dryRun: false },
    });
  });

  it('Lucene syntax in `search`: BAD_USER_INPUT naming `text`, no parser message', async () => {
    for (const text of ['AND (', '"unbalanced', 'title:[a TO']) {
      const { body } = await ask(
        `query($t: String!) { search(text: $t) { pageInfo { hasNextPage } } }`,
        { t: text },
      );
      expect(codes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0]?.extensions?.argument).toBe('text');
      expect(JSON.stringify(body)).not.toMatch(/ParseException|org\.apache|Neo\./);
    }
  });

  it('syntax errors: 400, BAD_USER_INPUT', async () => {
    const { status, body } = await ask('{ topics {');
    expect({ status, codes: codes(body) }).toEqual({ status: 400, codes: ['BAD_USER_INPUT'] });
  });

  it('limits answer 400 LIMIT_EXCEEDED worded as limits, not "Syntax Error"', async () => {
    const tokens = await ask(`{ ${'__typename '.repeat(2100)} }`);
    const aliases = await ask(
      `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    );
    const depth = await ask(
      '{ topics { edges { node { statements { edges { node { positions { edges { node { id } } } } } } } } } }',
    );
    for (const [response, limit] of [
      [tokens, /Token limit of 2000/],
      [aliases, /Aliases limit of 15/],
      [depth, /depth limit of 6/],
    ] as const) {
      expect(response.status).toBe(400);
      expect(codes(response.body)).toContain('LIMIT_EXCEEDED');
      const limitError = response.body.errors?.find((e) => e.extensions?.code === 'LIMIT_EXCEEDED');
      expect(limitError?.message).toMatch(limit);
      expect(limitError?.message).not.toMatch(/Syntax Error/);
    }
    const first = await ask(TOPICS, { n: 500 });
    expect(codes(first.body)).toEqual(['LIMIT_EXCEEDED']);
    expect(first.body.errors?.[0]?.message).not.toMatch(/Syntax Error/);
  });

  it('a YAML alias bomb and deeply nested JSON are input errors naming the limit', async () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const bomb = levels
      .map(
        (name, i) =>
          `${name}: &${name} [${Array(9)
            .fill(i === 0 ? '"x"' : `*${levels[i - 1]}`)
            .join(',')}]`,
      )
      .join('\n');
    const nested = '['.repeat(20_000) + ']'.repeat(20_000);
    for (const [format, text, says] of [
      ['YAML', bomb, /aliases expand too far/],
      ['JSON', nested, /nest deeper than 64 levels/],
    ] as const) {
      const { body } = await ask(INGEST, { input: { format, text, dryRun: true } });
      expect(codes(body)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0]?.extensions?.issues).toEqual([
        expect.objectContaining({ code: 'PARSE_ERROR', message: expect.stringMatching(says) }),
      ]);
      expect(JSON.stringify(body)).not.toMatch(/call stack/);
    }
  });

  it('clients ingesting the same new statement at once all succeed (conflicts retried), written once', async () => {
    const text = documentWith([statementRecord(42)]);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => ask(INGEST, { input: { format: 'JSON', text } })),
    );
    expect(answers.map((a) => codes(a.body))).toEqual(answers.map(() => []));
    const written = await db.read<{ n: number }>(
      "MATCH (s:Statement {id: 'statement:test-42'}) RETURN count(s) AS n",
    );
    expect(written.records[0]?.get('n')).toBe(1);
    expect(
      answers.filter(
        (a) => (a.body.data?.ingestStatements as { statementsNew: number }).statementsNew === 1,
      ),
    ).toHaveLength(1);
  });

  it('HTTP errors outside GraphQL are JSON with a code: malformed body 400, too large 413, unknown path 404', async () => {
    const post = (body: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const malformed = await post('{"query": ');
    const huge = await post(
      JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(6_000_000) } }),
    );
    const missing = await fetch(`${api.url}/no-such-page`);
    for (const [response, status, code] of [
      [malformed, 400, 'BAD_USER_INPUT'],
      [huge, 413, 'LIMIT_EXCEEDED'],
      [missing, 404, 'NOT_FOUND'],
    ] as const) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const text = await response.text();
      expect(text).not.toMatch(INTERNALS);
      expect(text).not.toMatch(/<html|<pre>/i);
      expect((JSON.parse(text) as GraphqlBody).errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
