import { seedIfEmpty } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { GraphqlBody, TestApi } from '../../support/api';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { loadExpectations } from '../../support/realistic/expectations';
import { loadRealistic } from '../../support/realistic/load';
import { testLogger } from '../../support/test-logger';

/**
 * Issue 20's "names everywhere" on the seed and the realistic fixture in one graph (they define
 * their shared topic and positions identically): the arguments and options that took only ids
 * before (PositionFilter.about, node(id), agreement weights, `positions --type/--about`), and the
 * issue's "Done when" lines.
 */
const expectations = loadExpectations();
const SEED_STATEMENT = 'statement:irn-mfa-2020-10-05-press-conference';
const P = {
  CF: 'CEASEFIRE:nagorno-karabakh',
  NS: 'NEGOTIATED_SETTLEMENT:nagorno-karabakh',
  MF: 'MEDIATION_FORMAT:org:osce-minsk-group+nagorno-karabakh',
  FF: 'FOREIGN_FIGHTERS:nagorno-karabakh',
  FI: 'FOREIGN_INVOLVEMENT:TUR+nagorno-karabakh',
  HA: 'HUMANITARIAN_ACCESS:place:lachin-corridor',
  SP: 'SUPPORT_FOR_PARTY:AZE+nagorno-karabakh',
};
const sorted = (values: Iterable<string>) => [...values].sort();

describe('names everywhere, on the seed and the realistic fixture', () => {
  let db: Database;
  let api: TestApi;

  const body = async (query: string, variables?: Record<string, unknown>): Promise<GraphqlBody> =>
    (await api.query(query, variables)).body;
  const positionsAbout = async (about: string): Promise<string[]> => {
    const result = await body(
      'query ($about: ID) { positions(first: 100, filter: { about: $about }) { edges { node { id } } } }',
      { about },
    );
    expect({ about, errors: result.errors }).toEqual({ about, errors: undefined });
    const page = result.data!.positions as { edges: { node: { id: string } }[] };
    return sorted(page.edges.map((edge) => edge.node.id));
  };
  const cli = async (args: string[]): Promise<string> => {
    const run = await runCli(args);
    expect({ args, status: run.status, stderr: run.stderr }).toEqual({
      args,
      status: 0,
      stderr: '',
    });
    return run.stdout;
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await seedIfEmpty(db, testLogger);
    await loadRealistic(db, expectations);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  describe('done when', () => {
    it('statements(filter: {actor: "Turkey"}) returns Turkey’s statements', async () => {
      const result = await body(
        '{ statements(first: 100, filter: { actor: "Turkey" }) { totalCount edges { node { id } } } }',
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.statements as {
        totalCount: number;
        edges: { node: { id: string } }[];
      };
      const turkey = expectations.statements.filter((s) => s.onBehalfOf.includes('TUR'));
      expect(turkey.length).toBeGreaterThan(0);
      expect(sorted(page.edges.map((e) => e.node.id))).toEqual(sorted(turkey.map((s) => s.id)));
      expect(page.totalCount).toBe(turkey.length);
    });

    it('statements(filter: {actor: "Atlantis"}) is an error with suggestions', async () => {
      const result = await body(
        '{ statements(filter: { actor: "Atlantis" }) { edges { node { id } } } }',
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        details: { field: 'filter.actor', kind: 'actor', name: 'Atlantis' },
      });
      expect(Array.isArray(result.errors?.[0]?.extensions?.suggestions)).toBe(true);
    });

    it('diplograph compare --actors Iran,Turkey works, by names', async () => {
      const out = await cli([
        'compare',
        ...['--actors', 'Iran,Turkey', '--topic', 'Nagorno-Karabakh conflict'],
        ...['--from', '2020-10', '--to', '2020-10', '--format', 'json'],
      ]);
      const matrix = JSON.parse(out) as {
        actors: string[];
        cells: {
          actorId: string;
          positionId: string;
          stance: string | null;
          supports: number;
          statedOn: string | null;
        }[];
      };
      expect(matrix.actors).toEqual(['IRN', 'TUR']);
      // Iran on the ceasefire in October 2020: Zarif on the 2nd, the seed's spokesman on the 5th.
      expect(matrix.cells).toContainEqual(
        expect.objectContaining({
          actorId: 'IRN',
          positionId: P.CF,
          stance: 'SUPPORTS',
          supports: 2,
          statedOn: '2020-10-05',
        }),
      );
      expect(matrix.cells).toContainEqual(
        expect.objectContaining({
          actorId: 'TUR',
          positionId: P.CF,
          stance: 'NEUTRAL',
          statedOn: '2020-10-01',
        }),
      );
      expect(
        await cli([
          'compare',
          '--actors',
          'IRN,TUR',
          '--topic',
          'nagorno-karabakh',
          '--from',
          '2020-10',
          '--to',
          '2020-10',
          '--format',
          'json',
        ]),
      ).toBe(out);
    });

    it('diplograph show Khatibzadeh prints him with his statement', async () => {
      const out = await cli(['show', 'Khatibzadeh']);
      expect(out).toMatch(/^actor person:saeed-khatibzadeh \(Saeed Khatibzadeh\)\s+PERSON\n/);
      expect(out).toContain(`2020-10-05  ${SEED_STATEMENT}`);
    });
  });

  it('positions(filter: {about}) takes an actor, place or topic by id, name or alias', async () => {
    expect(await positionsAbout('Turkey')).toEqual([P.FI]);
    expect(await positionsAbout('TUR')).toEqual([P.FI]);
    expect(await positionsAbout('Lachin corridor')).toEqual([P.HA]);
    expect(await positionsAbout('Minsk Group')).toEqual([P.MF]);
    const topic = await positionsAbout('Nagorno-Karabakh conflict');
    expect(topic).toEqual(await positionsAbout('nagorno-karabakh'));
    expect(topic).toEqual(expect.arrayContaining([P.CF, P.NS, P.MF, P.FF, P.FI, P.SP]));
    const unknown = await body(
      '{ positions(filter: { about: "Atlantis" }) { edges { node { id } } } }',
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'filter.about', kind: 'actor, place or topic', name: 'Atlantis' },
    });
    expect(Array.isArray(unknown.errors?.[0]?.extensions?.suggestions)).toBe(true);
  });

  it('node(id) finds an actor, place or position by name too; an id that is nothing is null', async () => {
    const result = await body(`{
      a: node(id: "Artsakh") { __typename id } b: node(id: "Lachin corridor") { __typename id }
      c: node(id: "Turkey") { id } d: node(id: "${SEED_STATEMENT}") { id } e: node(id: "nope") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { __typename: 'Authority', id: 'authority:nagorno-karabakh' },
      b: { __typename: 'Place', id: 'place:lachin-corridor' },
      c: { id: 'TUR' },
      d: { id: SEED_STATEMENT },
      e: null,
    });
    const congo = await body('{ node(id: "Congo") { id } }');
    expect(congo.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      suggestions: [expect.objectContaining({ id: 'COD' }), expect.objectContaining({ id: 'COG' })],
    });
  });

  it('agreement weights name their position by label as by id', async () => {
    const weighted = (position: string) =>
      body(
        `query ($w: [PositionWeight!]) { agreement(actors: ["Turkey", "France"], topic: "nagorno-karabakh",
          from: "2020-09-27", to: "2020-11-30", interval: NONE, weights: $w) { pairs { score } } }`,
        { w: [{ position, weight: 0 }] },
      );
    const byLabel = await weighted(
      "Turkey's military involvement in the Nagorno-Karabakh conflict",
    );
    expect(byLabel.errors).toBeUndefined();
    // TUR–FRA on MF (distance 2), CF (1) and FI (weight 0): S = 1 − 2·3/(2·2) = −1/2.
    expect(byLabel.data).toEqual({ agreement: { pairs: [{ score: -0.5 }] } });
    expect(await weighted(P.FI)).toEqual(byLabel);
    const unknown = await weighted('Turkish involvment');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'weights' },
    });
  });

  it('positions --about and --type (an id or label, the types under it included)', async () => {
    const ids = async (args: string[]) =>
      sorted(
        (JSON.parse(await cli(['positions', ...args, '--format', 'json'])) as { id: string }[]).map(
          (p) => p.id,
        ),
      );
    expect(await ids(['--about', 'Turkey'])).toEqual([P.FI]);
    expect(await ids(['--about', 'Lachin corridor'])).toEqual([P.HA]);
    expect(await ids(['--type', 'Foreign involvement'])).toEqual([P.FF, P.FI]);
    expect(await ids(['--type', 'FOREIGN_FIGHTERS'])).toEqual([P.FF]);
    // Accents aside, as every name.
    expect(await ids(['--type', 'médiation format'])).toEqual([P.MF]);
    const mediation = await ids(['--type', 'MEDIATION']);
    expect(mediation).toEqual(expect.arrayContaining([P.MF, 'MEDIATION:IRN+nagorno-karabakh']));
    const unknown = await runCli(['positions', '--about', 'Atlantis']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^error NAME_UNKNOWN: --about: no actor, place or topic has/);
    const badType = await runCli(['positions', '--type', 'Mediaton']);
    expect(badType.status).toBe(1);
    expect(badType.stderr).toMatch(/--type: no position type .*\n.*did you mean MEDIATION/);
  });

  it('show --format table|json: labels beside ids, unspecified kind and act said so', async () => {
    const table = await cli(['show', 'statement:nk-2020-11-25-le-drian-senate']);
    expect(table).toContain('  date         2020-11-25\n  kind         unspecified\n');
    expect(table).toContain('on behalf of FRA (France)');
    expect(table).toMatch(
      /OPPOSES +RECOGNITION:authority:nagorno-karabakh \(Recognition of the Nagorno-Karabakh Republic's independence\) +act unspecified, ASSERTED/,
    );
    const json = JSON.parse(await cli(['show', 'Minsk Group', '--format', 'json'])) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json)).toEqual(['kind', 'actor']);
    expect(json.actor).toEqual({
      id: 'org:osce-minsk-group',
      name: 'OSCE Minsk Group',
      kind: 'ORGANIZATION',
      aliases: expect.arrayContaining(['Minsk Group']),
      statements: [],
    });
    const statement = JSON.parse(
      await cli(['show', 'statement:nk-2020-10-01-cavusoglu', '--format', 'json']),
    ) as {
      statement: Record<string, unknown> & { stances: Record<string, unknown>[] };
    };
    expect(Object.keys(statement.statement)).toEqual([
      'id',
      'date',
      'kind',
      'status',
      'summary',
      'speakers',
      'onBehalfOf',
      'stances',
      'quotes',
      'documents',
    ]);
    expect(Object.keys(statement.statement.stances[0]!)).toEqual([
      'position',
      'label',
      'stance',
      'act',
      'modality',
      'quote',
    ]);
    expect(await cli(['show', 'statement:nk-2020-10-01-cavusoglu', '--json'])).toBe(
      await cli(['show', 'statement:nk-2020-10-01-cavusoglu', '--format', 'json']),
    );
  });
});
