import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadExamples } from '../../../src/http/examples';
import { ingest } from '../../../src/ingest/ingest';
import { SEED_DIR } from '../../../src/ingest/seed';
import { expandInputs } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

const SEED_ID = 'statement:irn-mfa-2020-10-05-press-conference';
const examplesDir = path.join(__dirname, '..', '..', '..', 'docs', 'examples');

/** Statement ids of a `statements` connection in the response. */
function ids(data: unknown): string[] {
  const connection = (data as { statements: { edges: { node: { id: string } }[] } }).statements;
  return connection.edges.map((e) => e.node.id);
}

describe('GraphQL API over HTTP', () => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, expandInputs([SEED_DIR]));
    // Test statements: TUR supports the ceasefire in 2021 (12 months), ARM opposes in 2022.
    const tur = Array.from({ length: 12 }, (_, i) => statementRecord(i));
    const arm = [100, 101].map((i) =>
      statementRecord(i, {
        date: `2022-0${i - 99}-10`,
        onBehalfOf: ['ARM'],
        stances: [
          { position: 'CEASEFIRE:test-conflict', stance: 'OPPOSES', act: 'REJECTS', quote: 'q' },
        ],
      }),
    );
    await ingest(db, [{ name: 'api.json', text: documentWith([...tur, ...arm]) }]);
    api = await startTestApi(db, { examples: loadExamples(examplesDir) });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('reads the seed statement in full, with no driver value in it', async () => {
    const { body } = await api.query(
      readFileSync(path.join(examplesDir, '01-seed-statement.graphql'), 'utf8'),
    );
    expect(body.errors).toBeUndefined();
    const statement = body.data!.statement as Record<string, unknown> & {
      stances: { stance: string; act: string; modality: string; position: { id: string } }[];
      speaker: { name: string; aliases: string[]; roles: { title: string }[] };
      documents: { publishedAt: string; republishedBy: { name: string }[]; framing: string[] }[];
    };
    expect(statement).toMatchObject({ id: SEED_ID, date: '2020-10-05', kind: 'PRESS_CONFERENCE' });
    expect(statement.stances).toHaveLength(9);
    expect(statement.stances).toContainEqual(
      expect.objectContaining({
        stance: 'SUPPORTS',
        modality: 'CONDITIONAL',
        position: expect.objectContaining({ id: 'RED_LINE:IRN:borders-not-attacked' }),
      }),
    );
    expect(statement.speaker.name).toBe('Saeed Khatibzadeh');
    expect(statement.speaker.roles.length).toBeGreaterThan(0);
    expect(statement.documents[0]!.republishedBy.map((s) => s.name)).toEqual([
      'GlobalSecurity.org',
    ]);
    expect(statement.documents[0]!.framing.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/"low"|"high"|"year":\{/);
  });

  it('runs every example operation in docs/examples without errors, with data', async () => {
    const examples = loadExamples(examplesDir);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const { status, body } = await api.query(example.query);
      expect({ example: example.name, status, errors: body.errors }).toEqual({
        example: example.name,
        status: 200,
        errors: undefined,
      });
      expect(JSON.stringify(body.data)).toMatch(/"id"|"name"|"score"/);
    }
  });

  it.each([
    ['actor', '{ actor: "ARM" }', 2],
    ['speaker', '{ speaker: "person:saeed-khatibzadeh" }', 1],
    ['topic', '{ topic: "nagorno-karabakh" }', 1],
    ['position', '{ position: "CEASEFIRE:test-conflict" }', 14],
    ['positionType', '{ positionType: RED_LINE }', 1],
    ['stance', '{ stance: OPPOSES }', 2],
    ['act', '{ act: REJECTS }', 2],
    ['modality', '{ modality: CONDITIONAL }', 1],
    ['date range', '{ from: "2021-03-01", to: "2021-05-31" }', 3],
    ['stance fields on one stance', '{ actor: "TUR", stance: OPPOSES }', 0],
  ])('filters by %s', async (_name, filter, expected) => {
    const { body } = await api.query(
      `{ statements(filter: ${filter}, first: 100) { edges { node { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(ids(body.data)).toHaveLength(expected);
  });

  it('pages with stable cursors while new statements arrive', async () => {
    const page = (after: string | null) =>
      api.query(
        `query($after: String) { statements(filter: { actor: "TUR" }, first: 5, after: $after) {
           edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    const first = await page(null);
    const info = (first.body.data!.statements as { pageInfo: { endCursor: string } }).pageInfo;
    // A newer statement arrives between the pages: it must not shift the next page.
    await ingest(db, [
      { name: 'late.json', text: documentWith([statementRecord(500, { date: '2021-12-31' })]) },
    ]);
    const second = await page(info.endCursor);
    const all = [...ids(first.body.data), ...ids(second.body.data)];
    expect(new Set(all).size).toBe(10);
    expect(all).not.toContain('statement:test-500');
    // Newest first: test-11 (2021-12-15) … and no statement of the first page again.
    expect(all[0]).toBe('statement:test-11');
  });

  it('sorts oldest first as well, paging the same way', async () => {
    const everyPage = async (orderBy: string): Promise<{ id: string; date: string }[]> => {
      const seen: { id: string; date: string }[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const { body } = await api.query(
          `query($after: String, $orderBy: StatementOrder!) {
             statements(filter: { actor: "TUR" }, orderBy: $orderBy, first: 4, after: $after) {
               edges { node { id date } } pageInfo { hasNextPage endCursor } } }`,
          { after, orderBy },
        );
        expect(body.errors).toBeUndefined();
        const connection = body.data!.statements as {
          edges: { node: { id: string; date: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
        seen.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage) return seen;
        after = connection.pageInfo.endCursor;
      }
      throw new Error('more than ten pages');
    };
    const newest = await everyPage('NEWEST_FIRST');
    const oldest = await everyPage('OLDEST_FIRST');
    expect(newest.length).toBeGreaterThanOrEqual(12);
    expect(oldest).toEqual([...newest].reverse());
    const keys = oldest.map((s) => `${s.date} ${s.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives every link an operation asks for, even when two fields reach the same statement', async () => {
    // Page `a` asks for no link and primes the request's loaders first; `b` reaches the same
    // statements for their links, which must not depend on what `a` asked for.
    const { body } = await api.query(`{
      a: statements(filter: { actor: "IRN" }, first: 5) { edges { node { id } } }
      b: statements(filter: { actor: "IRN" }, first: 5) {
        edges { node { id speaker { name } topics { id } documents { id } stances { stance } } } }
    }`);
    expect(body.errors).toBeUndefined();
    type Page = { edges: { node: Record<string, unknown> & { id: string } }[] };
    const b = (body.data!.b as Page).edges.map((e) => e.node);
    const seed = b.find((s) => s.id === SEED_ID);
    expect(seed).toMatchObject({ speaker: { name: 'Saeed Khatibzadeh' } });
    expect(seed!.topics).not.toEqual([]);
    expect(seed!.documents).not.toEqual([]);
    expect(seed!.stances).toHaveLength(9);
  });

  it('finds the seed quote by full-text search', async () => {
    const { body } = await api.query(
      '{ search(text: "territorial integrity") { edges { node { score matchedIn fragment } } } }',
    );
    const hits = (
      body.data!.search as { edges: { node: { fragment: string; matchedIn: string } }[] }
    ).edges;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.node.fragment.toLowerCase()).toContain('«territorial»');
  });

  it('answers GraphQL without an ETag (no hash of every answer)', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ topics(first: 1) { edges { node { id } } } }' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toBeDefined();
    expect(response.headers.get('etag')).toBeNull();
  });

  it('gives each search hit its quote and the statements citing it, best first', async () => {
    const { body } = await api.query(
      '{ search(text: "ceasefire", first: 5) { edges { node { score quoteId statementIds } } } }',
    );
    expect(body.errors).toBeUndefined();
    type Hit = { score: number; quoteId: string; statementIds: string[] };
    const hits = (body.data!.search as { edges: { node: Hit }[] }).edges.map((e) => e.node);
    expect(hits).toHaveLength(5);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of hits) {
      expect(hit.statementIds.length).toBeGreaterThan(0);
      for (const id of hit.statementIds) {
        const { body: cited } = await api.query(
          `{ statement(id: "${id}") { quotes { quote { id } } } }`,
        );
        const quotes = (cited.data!.statement as { quotes: { quote: { id: string } }[] }).quotes;
        expect(quotes.map((q) => q.quote.id)).toContain(hit.quoteId);
      }
    }
  });

  it('lists actors by kind and by a part of a name or alias, a page at a time by id', async () => {
    const actors = async (args: string) => {
      const { body } = await api.query(
        `{ actors(${args}) { edges { node { __typename id } } pageInfo { hasNextPage endCursor } } }`,
      );
      expect(body.errors).toBeUndefined();
      return body.data!.actors as {
        edges: { node: { __typename: string; id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const actorIds = (page: { edges: { node: { id: string } }[] }) =>
      page.edges.map((e) => e.node.id);
    // An alias, in another case; a state by a part of its name; the seed's one organisation.
    expect((await actors('filter: { name: "SAEID" }')).edges).toEqual([
      { node: { __typename: 'Person', id: 'person:saeed-khatibzadeh' } },
    ]);
    expect(actorIds(await actors('filter: { kind: STATE, name: "armeni" }'))).toEqual(['ARM']);
    expect(actorIds(await actors('filter: { kind: ORGANIZATION }'))).toEqual([
      'org:irn-ministry-of-foreign-affairs',
    ]);
    const first = await actors('filter: { kind: STATE }, first: 3');
    const next = await actors(
      `filter: { kind: STATE }, first: 3, after: "${first.pageInfo.endCursor}"`,
    );
    const six = await actors('filter: { kind: STATE }, first: 6');
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect([...actorIds(first), ...actorIds(next)]).toEqual(actorIds(six));
    expect(actorIds(six)).toEqual([...actorIds(six)].sort());
    expect(six.edges.every((e) => e.node.__typename === 'State')).toBe(true);
    expect((await actors('filter: { name: "khatibzadeh" }, first: 1')).pageInfo.hasNextPage).toBe(
      false,
    );
  });

  it('finds any entity by node(id)', async () => {
    const { body } = await api.query(
      '{ a: node(id: "IRN") { __typename id } b: node(id: "nagorno-karabakh") { __typename } c: node(id: "nope") { id } }',
    );
    expect(body.data).toEqual({
      a: { __typename: 'State', id: 'IRN' },
      b: { __typename: 'Topic' },
      c: null,
    });
  });

  it('keeps Cypher round-trips constant whatever the number of results', async () => {
    const nested = (
      n: number,
    ) => `{ statements(first: ${n}, filter: { position: "CEASEFIRE:test-conflict" }) {
      edges { node { id onBehalfOf { name } stances { stance position { label } quote { text } } } } } }`;
    const few = await api.query(nested(2));
    const many = await api.query(nested(14));
    expect(few.body.errors).toBeUndefined();
    expect(ids(many.body.data)).toHaveLength(14);
    expect(many.body.extensions?.roundTrips).toBe(few.body.extensions?.roundTrips);
    // The page brings its links and the nodes they point at (the request asks for them).
    expect(many.body.extensions?.roundTrips).toBe(1);
  });

  it.each([
    [
      'depth',
      '{ actor(id: "IRN") { statements { edges { node { stances { position { stances { statement { id } } } } } } } } }',
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: topics { pageInfo { hasNextPage } }`).join(' ')} }`,
    ],
    ['page size', '{ statements(first: 101) { edges { cursor } } }'],
    [
      'cost',
      // Within depth 6 and 15 aliases, but wide: about 364 per alias, 5,458 in all.
      `{ ${Array.from(
        { length: 15 },
        (_, i) => `a${i}: statements { edges { node { id date kind summary
          onBehalfOf { id name aliases } speaker { id name aliases }
          topics { id name description } documents { id title url language framing }
          respondsTo { id date description } quotes { ref quote { id text } }
          stances { stance act modality position { id label type qualifier } quote { id text }
            target { id name aliases }
            statement { id date kind summary language location status } } } } }`,
      ).join(' ')} }`,
    ],
  ])('refuses a query over the %s limit with LIMIT_EXCEEDED', async (limit, query) => {
    const { body } = await api.query(query);
    expect(body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    // Each case trips its own limit (and, for cost, not depth or aliases).
    const word = { depth: /depth/i, aliases: /aliases/i, 'page size': /first/, cost: /cost/i }[
      limit
    ]!;
    expect(body.errors!.map((e) => e.message)).toEqual([expect.stringMatching(word)]);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const bad = await api.query('{ statements(after: "not-a-cursor") { edges { cursor } } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await api.query('{ statements { nope } }');
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  // Last: it adds statements that the filter cases above would count.
  it('answers a three-level nested query over 100 statements in one round-trip', async () => {
    const statements = Array.from({ length: 100 }, (_, i) =>
      statementRecord(1000 + i, {
        onBehalfOf: ['GEO'],
        date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        quotes: [
          { ref: 'a', text: `Georgia supports a ceasefire, statement ${i}.` },
          { ref: 'b', text: `Georgia rejects any withdrawal deadline, statement ${i}.` },
        ],
        stances: [
          { position: 'CEASEFIRE:test-conflict', stance: 'SUPPORTS', act: 'CALLS_FOR', quote: 'a' },
          { position: 'CEASEFIRE:test-conflict', stance: 'SUPPORTS', act: 'AFFIRMS', quote: 'b' },
        ],
      }),
    );
    await ingest(db, [{ name: 'hundred.json', text: documentWith(statements) }]);
    // `first` as a variable: Armor multiplies the cost of a literal `first: 100` by 100.
    const { body } = await api.query(
      `query ($first: Int!) { statements(first: $first, filter: { actor: "GEO" }) {
        edges { node { id onBehalfOf { name } stances { stance position { label } quote { text } } } } } }`,
      { first: 100 },
    );
    expect(body.errors).toBeUndefined();
    const edges = (body.data as { statements: { edges: { node: { stances: unknown[] } }[] } })
      .statements.edges;
    expect(edges).toHaveLength(100);
    expect(edges.every((e) => e.node.stances.length === 2)).toBe(true);
    expect(body.extensions?.roundTrips).toBe(1);
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=%7B__typename%7D`);
    expect(response.status).toBe(400);
  });
});
