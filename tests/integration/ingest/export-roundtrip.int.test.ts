import { Writable } from 'node:stream';
import { exportGraph } from '../../../src/export/export';
import type { ExportFormat } from '../../../src/export/export';
import { expandInputs, ingest } from '../../../src/ingest/ingest';
import { SEED_DIR } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

async function exported(db: Database, format: ExportFormat): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportGraph(db, format, out);
  return text;
}

describe('export', () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => db.close());

  it('export → empty database → ingest → export gives identical output (json)', async () => {
    await resetAndMigrate(db);
    await ingest(db, expandInputs([SEED_DIR]));
    const more = Array.from({ length: 30 }, (_, i) =>
      statementRecord(
        i,
        i % 3 === 0 ? { date: '2021-06', onBehalfOf: ['TUR', 'AZE'], kind: 'JOINT_STATEMENT' } : {},
      ),
    );
    await ingest(db, [{ name: 'more.json', text: documentWith(more) }]);
    const first = await exported(db, 'json');

    await resetAndMigrate(db);
    await ingest(db, [{ name: 'export.json', text: first }]);
    const second = await exported(db, 'json');
    expect(second).toBe(first);

    const parsed = JSON.parse(first) as { statements: { id: string; date: string }[] };
    expect(parsed.statements).toHaveLength(31);
    expect(parsed.statements.find((s) => s.id === 'statement:test-0')?.date).toBe('2021-06');
    expect(first).toContain('"publishedAt":"2020-10-05T11:35:00"');
  });

  it('exports statements as NDJSON, one a line, that ingest back onto the same graph unchanged', async () => {
    const ndjson = await exported(db, 'ndjson');
    const lines = ndjson.trimEnd().split('\n');
    expect(lines).toHaveLength(31);
    const report = await ingest(db, [{ name: 'export.ndjson', text: ndjson }]);
    expect(report.counters).toEqual({
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      labelsAdded: 0,
    });
  });
});
