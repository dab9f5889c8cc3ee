import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { statementRecord } from '../../support/ingest-fixtures';

const stance = (position: string, value = 'SUPPORTS') => ({
  position,
  stance: value,
  act: 'AFFIRMS',
  quote: 'q',
});

// FRA on the mediation format (a subtype), TUR on the exclusive one (its subtype), ARM on plain
// mediation, AZE on the ceasefire: a filter by MEDIATION must find the first three.
const FILE = JSON.stringify({
  format: 'diplograph/v1',
  topics: [{ id: 'nk', name: 'Nagorno-Karabakh' }],
  positionTypes: [
    { id: 'MEDIATION_FORMAT', label: 'Mediation format', parent: 'MEDIATION' },
    { id: 'EXCLUSIVE_MEDIATION', label: 'Exclusive mediation', parent: 'MEDIATION_FORMAT' },
  ],
  positions: [
    { type: 'MEDIATION', subjects: ['nk'], label: 'Mediation of the conflict' },
    { type: 'MEDIATION_FORMAT', subjects: ['nk'], label: 'The Minsk Group format' },
    { type: 'EXCLUSIVE_MEDIATION', subjects: ['nk'], label: 'Only the Minsk Group mediates' },
    { type: 'CEASEFIRE', subjects: ['nk'], label: 'Ceasefire' },
  ],
  statements: [
    statementRecord(1, { onBehalfOf: ['FRA'], stances: [stance('MEDIATION_FORMAT:nk')] }),
    statementRecord(2, {
      onBehalfOf: ['TUR'],
      stances: [stance('EXCLUSIVE_MEDIATION:nk', 'OPPOSES')],
    }),
    statementRecord(3, { onBehalfOf: ['ARM'], stances: [stance('MEDIATION:nk')] }),
    statementRecord(4, { onBehalfOf: ['AZE'], stances: [stance('CEASEFIRE:nk')] }),
  ],
});

describe('position types in the API', () => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, [{ name: 'types.json', text: FILE }]);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const statementIds = async (positionType: string) => {
    const { body } = await api.query(
      'query($t: PositionTypeRef) { statements(filter: {positionType: $t}, orderBy: OLDEST_FIRST) { edges { node { id } } } }',
      { t: positionType },
    );
    expect(body.errors).toBeUndefined();
    const page = body.data!.statements as { edges: { node: { id: string } }[] };
    return page.edges.map((e) => e.node.id);
  };

  it('lists every type with its parent and children', async () => {
    const { body } = await api.query(
      '{ positionTypes { id label parent { id } children { id } positions { id } } }',
    );
    expect(body.errors).toBeUndefined();
    const types = body.data!.positionTypes as {
      id: string;
      label: string;
      parent: { id: string } | null;
      children: { id: string }[];
      positions: { id: string }[];
    }[];
    expect(types).toHaveLength(13);
    const byId = new Map(types.map((t) => [t.id, t]));
    expect(byId.get('MEDIATION')).toEqual({
      id: 'MEDIATION',
      label: 'Mediation',
      parent: null,
      children: [{ id: 'MEDIATION_FORMAT' }],
      positions: [{ id: 'MEDIATION:nk' }],
    });
    expect(byId.get('EXCLUSIVE_MEDIATION')?.parent).toEqual({ id: 'MEDIATION_FORMAT' });
    expect(byId.get('RED_LINE')?.positions).toEqual([]);
  });

  it('shows a position its type as an id and as an object', async () => {
    const { body } = await api.query(
      '{ position(id: "EXCLUSIVE_MEDIATION:nk") { type positionType { label parent { label } } } }',
    );
    expect(body.data!.position).toEqual({
      type: 'EXCLUSIVE_MEDIATION',
      positionType: { label: 'Exclusive mediation', parent: { label: 'Mediation format' } },
    });
  });

  it('filters statements by a type and its descendants, by id or label, any case', async () => {
    expect(await statementIds('MEDIATION')).toEqual([
      'statement:test-1',
      'statement:test-2',
      'statement:test-3',
    ]);
    expect(await statementIds('mediation format')).toEqual([
      'statement:test-1',
      'statement:test-2',
    ]);
    expect(await statementIds('EXCLUSIVE_MEDIATION')).toEqual(['statement:test-2']);
    expect(await statementIds('Ceasefire')).toEqual(['statement:test-4']);
  });

  it('still takes a bare id, as the enum it replaces was written', async () => {
    const { body } = await api.query(
      '{ positions(filter: {type: MEDIATION_FORMAT}) { edges { node { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    const page = body.data!.positions as { edges: { node: { id: string } }[] };
    expect(page.edges.map((e) => e.node.id)).toEqual([
      'EXCLUSIVE_MEDIATION:nk',
      'MEDIATION_FORMAT:nk',
    ]);
  });

  it('refuses an unknown type with suggestions, never an empty answer', async () => {
    const { body } = await api.query(
      '{ statements(filter: {positionType: "Mediaton"}) { edges { node { id } } } }',
    );
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: {
        field: 'filter.positionType',
        missing: ['Mediaton'],
        suggestions: { Mediaton: expect.arrayContaining(['MEDIATION (Mediation)']) },
      },
    });
  });

  it('compares over a type with its descendants', async () => {
    const { body } = await api.query(
      '{ positionMatrix(actors: ["FRA", "TUR", "ARM"], from: "2021", to: "2021", interval: NONE, positionTypes: ["Mediation"]) { positions { id } } }',
    );
    expect(body.errors).toBeUndefined();
    const matrix = body.data!.positionMatrix as { positions: { id: string }[] };
    expect(matrix.positions.map((p) => p.id)).toEqual([
      'EXCLUSIVE_MEDIATION:nk',
      'MEDIATION:nk',
      'MEDIATION_FORMAT:nk',
    ]);
    const unknown = await api.query(
      '{ positionMatrix(actors: ["FRA"], from: "2021", to: "2021", positionTypes: [ATLANTIS]) { positions { id } } }',
    );
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
