import { Writable } from 'node:stream';
import { exportGraph } from '../../../src/export/export';
import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

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

// Statement 1 gives neither kind nor act (the source did not say); statement 2, the same day,
// gives both: the month's evidence holds the two, the first with its act unspecified.
const UNSPECIFIED = statementRecord(1, {
  date: '2021-03-10',
  kind: undefined,
  stances: [{ position: 'CEASEFIRE:test-conflict', stance: 'SUPPORTS', quote: 'q' }],
});
const SPECIFIED = statementRecord(2, { date: '2021-03-10' });
const FILE = documentWith([UNSPECIFIED, SPECIFIED]);

describe('act and kind left out: unspecified', () => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, [{ name: 'unspecified.json', text: FILE }]);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('are stored as absent, and the month summary keeps its evidence (act "-")', async () => {
    const { records } = await db.read(
      "MATCH (m:StanceMonth {actorId: 'TUR', month: '2021-03'}) RETURN m.supports AS supports, m.evidence AS evidence",
    );
    expect(records[0]!.get('supports')).toBe(2);
    const evidence = [...(records[0]!.get('evidence') as string[])].sort();
    expect(evidence).toHaveLength(2);
    expect(evidence[0]).toMatch(/^statement:test-1 quote:\S+ SUPPORTS -$/);
    expect(evidence[1]).toMatch(/^statement:test-2 quote:\S+ SUPPORTS CALLS_FOR$/);
  });

  it('are null in GraphQL, in statements and in a comparison evidence', async () => {
    const { body } = await api.query(
      '{ statement(id: "statement:test-1") { kind stances { act stance } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.statement).toEqual({
      kind: null,
      stances: [{ act: null, stance: 'SUPPORTS' }],
    });
    const matrix = await api.query(
      '{ positionMatrix(actors: ["TUR"], positions: ["CEASEFIRE:test-conflict"], from: "2021-03", to: "2021-03") { cells { evidence { statement { id } act } } } }',
    );
    expect(matrix.body.errors).toBeUndefined();
    const cells = (matrix.body.data!.positionMatrix as { cells: { evidence: unknown[] }[] }).cells;
    expect(cells[0]!.evidence).toEqual([
      { statement: { id: 'statement:test-1' }, act: null },
      { statement: { id: 'statement:test-2' }, act: 'CALLS_FOR' },
    ]);
  });

  it('are left out of the export, which ingests back to the same export', async () => {
    const first = await exported(db);
    const parsed = JSON.parse(first) as { statements: Record<string, unknown>[] };
    const one = parsed.statements.find((s) => s.id === 'statement:test-1')!;
    expect(one.kind).toBeUndefined();
    expect((one.stances as Record<string, unknown>[])[0]!.act).toBeUndefined();
    await resetAndMigrate(db);
    await ingest(db, [{ name: 'export.json', text: first }]);
    expect(await exported(db)).toBe(first);
  });
});
