import { Writable } from 'node:stream';
import { exportGraph } from '../../../src/export/export';
import { ingest } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import type { Database } from '../../../src/neo4j/database';
import { CORE_POSITION_TYPES } from '../../../src/model/position-types';
import { migrate } from '../../../src/migrations/migrator';
import {
  clearGraph,
  openTestDatabase,
  resetAndMigrate,
  resetDatabase,
} from '../../support/database';
import { testLogger } from '../../support/test-logger';
import { statementRecord } from '../../support/ingest-fixtures';

async function issuesOf(promise: Promise<unknown>): Promise<IngestIssue[]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toMatchObject({ code: 'INGEST_INVALID' });
    return (error as { details: { issues: IngestIssue[] } }).details.issues;
  }
  throw new Error('expected INGEST_INVALID');
}

async function exported(db: Database): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportGraph(db, 'json', out);
  return text;
}

// Listed child first: the plan writes parents first whatever the order of the file.
const TYPES = [
  { id: 'EXCLUSIVE_MEDIATION', label: 'Exclusive mediation', parent: 'MEDIATION_FORMAT' },
  {
    id: 'MEDIATION_FORMAT',
    label: 'Mediation format',
    description: 'Who mediates, and in which format.',
    parent: 'MEDIATION',
  },
  { id: 'FOREIGN_INVOLVEMENT', label: 'Foreign involvement' },
];

function file(extra: Record<string, unknown> = {}, types: unknown[] = TYPES): string {
  return JSON.stringify({
    format: 'diplograph/v1',
    topics: [{ id: 'test-conflict', name: 'Test conflict' }],
    positionTypes: types,
    positions: [
      { type: 'MEDIATION_FORMAT', subjects: ['test-conflict'], label: 'The Minsk Group format' },
      { type: 'EXCLUSIVE_MEDIATION', subjects: ['test-conflict'], label: 'Only the Minsk Group' },
    ],
    statements: [
      statementRecord(1, {
        stances: [
          {
            position: 'EXCLUSIVE_MEDIATION:test-conflict',
            stance: 'SUPPORTS',
            act: 'AFFIRMS',
            quote: 'q',
          },
        ],
      }),
    ],
    ...extra,
  });
}

describe('position types', () => {
  let db: Database;
  const rows = async (query: string) =>
    (await db.read(query)).records.map((r) => r.toObject() as Record<string, unknown>);

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.close());

  it('ships the core types by migration, with their labels and descriptions', async () => {
    const found = await rows(
      'MATCH (t:PositionType) RETURN t.id AS id, t.label AS label, t.description AS description, t.parent AS parent ORDER BY id',
    );
    const expected = [...CORE_POSITION_TYPES]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, label, description, parent }) => ({ id, label, description, parent }));
    expect(found).toEqual(expected);
  });

  it('writes the types a file defines, parents first, linked by SUBTYPE_OF; twice changes nothing', async () => {
    await ingest(db, [{ name: 'types.json', text: file() }]);
    const links = async () =>
      rows(
        'MATCH (t:PositionType)-[:SUBTYPE_OF]->(p:PositionType) RETURN t.id AS child, p.id AS parent ORDER BY child',
      );
    expect(await links()).toEqual([
      { child: 'EXCLUSIVE_MEDIATION', parent: 'MEDIATION_FORMAT' },
      { child: 'MEDIATION_FORMAT', parent: 'MEDIATION' },
    ]);
    const report = await ingest(db, [{ name: 'types.json', text: file() }]);
    expect(report.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await links()).toHaveLength(2);
    expect(
      await rows("MATCH (p:Position {type: 'EXCLUSIVE_MEDIATION'}) RETURN p.id AS id ORDER BY id"),
    ).toEqual([{ id: 'EXCLUSIVE_MEDIATION:test-conflict' }]);
  });

  it('refuses an unknown type of a position, with the nearest types', async () => {
    const text = file({
      positions: [{ type: 'MEDIATON', subjects: ['test-conflict'], label: 'Typo' }],
      statements: [],
    });
    const issues = await issuesOf(ingest(db, [{ name: 'bad.json', text }]));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_REFERENCE',
        file: 'bad.json',
        record: 'positions[0]',
        field: 'type',
        closest: expect.arrayContaining(['MEDIATION (Mediation)']),
      }),
    ]);
  });

  it('refuses an unknown parent, and parents that loop', async () => {
    const unknownParent = await issuesOf(
      ingest(db, [
        {
          name: 'parent.json',
          text: file({}, [
            ...TYPES,
            { id: 'SANCTIONS_RELIEF', label: 'Relief', parent: 'SANCTION' },
          ]),
        },
      ]),
    );
    expect(unknownParent).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_REFERENCE',
        record: 'positionTypes[3]',
        field: 'parent',
        closest: expect.arrayContaining(['SANCTIONS (Sanctions)']),
      }),
    ]);
    const loop = await issuesOf(
      ingest(db, [
        {
          name: 'loop.json',
          text: file({ positions: [], statements: [] }, [
            { id: 'A_TYPE', label: 'A', parent: 'B_TYPE' },
            { id: 'B_TYPE', label: 'B', parent: 'A_TYPE' },
          ]),
        },
      ]),
    );
    expect(loop.map((i) => [i.code, i.record, i.field])).toEqual([
      ['SCHEMA_VIOLATION', 'positionTypes[0]', 'parent'],
      ['SCHEMA_VIOLATION', 'positionTypes[1]', 'parent'],
    ]);
  });

  it('refuses a type id that could not begin a position id', async () => {
    const issues = await issuesOf(
      ingest(db, [{ name: 'id.json', text: file({}, [{ id: 'mediation:format', label: 'M' }]) }]),
    );
    expect(issues[0]).toMatchObject({ record: 'positionTypes[0]', field: 'id' });
  });

  it('refuses a type the graph holds with other content, and a redefined core type', async () => {
    await ingest(db, [{ name: 'types.json', text: file() }]);
    const changed = TYPES.map((t) =>
      t.id === 'FOREIGN_INVOLVEMENT' ? { ...t, label: 'Foreign' } : t,
    );
    const issues = await issuesOf(ingest(db, [{ name: 'changed.json', text: file({}, changed) }]));
    expect(issues.map((i) => [i.code, i.record])).toEqual([
      ['CONFLICTS_WITH_GRAPH', 'positionTypes[2]'],
    ]);
    const core = await issuesOf(
      ingest(db, [
        { name: 'core.json', text: file({}, [...TYPES, { id: 'CEASEFIRE', label: 'Truce' }]) },
      ]),
    );
    expect(core.map((i) => [i.code, i.record])).toEqual([
      ['CONFLICTS_WITH_GRAPH', 'positionTypes[3]'],
    ]);
  });

  it('round-trips: export → empty graph → ingest → export is identical, defined types only', async () => {
    await ingest(db, [{ name: 'types.json', text: file() }]);
    const first = await exported(db);
    const parsed = JSON.parse(first) as { positionTypes: { id: string }[] };
    expect(parsed.positionTypes.map((t) => t.id)).toEqual([
      'FOREIGN_INVOLVEMENT',
      'MEDIATION_FORMAT',
      'EXCLUSIVE_MEDIATION',
    ]);
    await clearGraph(db);
    await ingest(db, [{ name: 'export.json', text: first }]);
    expect(await exported(db)).toBe(first);
  });
});

describe('a graph made before position types were data', () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => db.close());

  it('migrates: its positions keep their type, which is now a node, and ingestion goes on', async () => {
    await resetDatabase(db);
    // The shape the previous version wrote: a position whose type is only a string.
    await db.write(
      "CREATE (:Position {id: 'CEASEFIRE:test-conflict', type: 'CEASEFIRE', label: 'Ceasefire in the test conflict', contentHash: 'old'})",
    );
    await migrate(db, testLogger);
    const { records } = await db.read(
      'MATCH (p:Position), (t:PositionType {id: p.type}) RETURN p.id AS id, t.label AS label',
    );
    expect(records.map((r) => r.toObject() as Record<string, unknown>)).toEqual([
      { id: 'CEASEFIRE:test-conflict', label: 'Ceasefire' },
    ]);
    const report = await ingest(db, [
      {
        name: 'more.json',
        text: JSON.stringify({ format: 'diplograph/v1', statements: [statementRecord(7)] }),
      },
    ]);
    expect(report.statementsNew).toBe(1);
  });
});
