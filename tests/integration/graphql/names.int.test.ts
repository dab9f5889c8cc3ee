import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { GraphqlBody, TestApi } from '../../support/api';
import { loadComparisonFixture } from '../../support/comparison-fixture';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * Every argument that takes an actor, topic or position takes its name too (tests/fixtures/
 * comparison): the answer is the one its id gives, and an unknown or ambiguous name is an error
 * with suggestions, never an empty answer.
 */
describe('names as GraphQL arguments', () => {
  let db: Database;
  let api: TestApi;

  const body = async (query: string): Promise<GraphqlBody> => (await api.query(query)).body;
  const statementIds = async (filter: string): Promise<string[]> => {
    const result = await body(
      `{ statements(first: 100, filter: ${filter}) { edges { node { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const page = result.data!.statements as { edges: { node: { id: string } }[] };
    return page.edges.map((edge) => edge.node.id);
  };

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadComparisonFixture(db);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('statements(filter: {actor: "Turkey"}) gives the statements on behalf of TUR', async () => {
    const byId = await statementIds('{ actor: "TUR" }');
    expect(byId.length).toBeGreaterThan(0);
    expect(await statementIds('{ actor: "Turkey" }')).toEqual(byId);
    expect(await statementIds('{ actor: "türkiye" }')).toEqual(byId);
  });

  it('takes a topic by name and a position by label', async () => {
    const byIds = await statementIds('{ topic: "test-war", position: "CEASEFIRE:test-war" }');
    expect(byIds.length).toBeGreaterThan(0);
    expect(
      await statementIds(
        '{ topic: "Aralia–Borvia war (fictional)", position: "immediate ceasefire in the aralia–borvia war" }',
      ),
    ).toEqual(byIds);
  });

  it('statements(filter: {actor: "Atlantis"}) is an error naming filter.actor', async () => {
    const result = await body(
      '{ statements(filter: { actor: "Atlantis" }) { edges { node { id } } } }',
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toContain('filter.actor');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'filter.actor', kind: 'actor', name: 'Atlantis' },
    });
    expect(Array.isArray(result.errors?.[0]?.extensions?.suggestions)).toBe(true);
    const typo = await body(
      '{ statements(filter: { speaker: "Khatibzade" }) { edges { node { id } } } }',
    );
    expect(typo.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('an ambiguous name is an error listing the candidates', async () => {
    const result = await body(
      '{ statements(filter: { actor: "Congo" }) { edges { node { id } } } }',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      suggestions: [
        { id: 'COD', name: 'DR Congo' },
        { id: 'COG', name: 'Republic of the Congo' },
      ],
    });
  });

  it('connections count all their nodes in totalCount, and only when it is asked for', async () => {
    const all = await statementIds('{ actor: "TUR" }');
    const page = (fields: string) =>
      api.query(`{ statements(first: 2, filter: { actor: "Turkey" }) { ${fields} } }`);
    const counted = (await page('totalCount edges { node { id } }')).body;
    expect(counted.data).toMatchObject({ statements: { totalCount: all.length } });
    const plain = (await page('edges { node { id } }')).body;
    // Resolving "Turkey" and the page: one more round-trip for the count, none without it.
    expect(counted.extensions?.roundTrips).toBe(plain.extensions!.roundTrips! + 1);
    const lists = await body(`{
      actors(filter: { kind: STATE }) { totalCount }
      topics(first: 1) { totalCount edges { node { id } } }
      positions(first: 1) { totalCount }
      search(text: "ceasefire", first: 1) { totalCount edges { cursor } }
    }`);
    expect(lists.errors).toBeUndefined();
    const data = lists.data as Record<string, { totalCount: number; edges?: unknown[] }>;
    expect(data.actors!.totalCount).toBe(249);
    expect(data.topics!.totalCount).toBe(1);
    expect(data.positions!.totalCount).toBe(5);
    expect(data.search!.totalCount).toBeGreaterThan(1);
    expect(data.search!.edges).toHaveLength(1);
  });

  it('actor(id) and position(id) take a name; an unknown one is an error, not null', async () => {
    const found = await body(`{
      a: actor(id: "Turkey") { id } b: actor(id: "TUR") { id }
      p: position(id: "Immediate ceasefire in the Aralia–Borvia war") { id }
    }`);
    expect(found.data).toEqual({
      a: { id: 'TUR' },
      b: { id: 'TUR' },
      p: { id: 'CEASEFIRE:test-war' },
    });
    const unknown = await body('{ actor(id: "Atlantis") { id } }');
    expect(unknown.data).toEqual({ actor: null });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'id' },
    });
  });

  it('comparisons take names: positionMatrix, positionHistory, redLines, peacePlans', async () => {
    const matrix = (actors: string, topic: string) =>
      body(`{ positionMatrix(actors: ${actors}, topic: "${topic}", from: "2020-01", to: "2021-09") {
        actors { id } positions { id } cells { stance } } }`);
    const byIds = await matrix('["TUR", "IRN"]', 'test-war');
    expect(byIds.errors).toBeUndefined();
    const byNames = await matrix('["Turkey", "Iran"]', 'Aralia–Borvia war (fictional)');
    expect(byNames).toEqual(byIds);
    const history = (actor: string) =>
      body(
        `{ positionHistory(actor: "${actor}", position: "CEASEFIRE:test-war") { stances { date stance } } }`,
      );
    expect(await history('Persia')).toEqual(await history('IRN'));
    const unknown = await matrix('["TUR", "Franse"]', 'test-war');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'actors', name: 'Franse' },
    });
    expect(unknown.errors?.[0]?.extensions?.suggestions).toContainEqual({
      id: 'FRA',
      name: 'France',
    });
    const plans = await body('{ peacePlans(topic: "Aralia–Borvia war (fictional)") { name } }');
    expect(plans.errors).toBeUndefined();
    const noTopic = await body('{ redLines(topic: "Atlantis war") { condition } }');
    expect(noTopic.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'topic' },
    });
  });
});
