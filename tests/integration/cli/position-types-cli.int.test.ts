import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { statementRecord } from '../../support/ingest-fixtures';

const FILE = JSON.stringify({
  format: 'diplograph/v1',
  topics: [{ id: 'nk', name: 'Nagorno-Karabakh' }],
  positionTypes: [
    { id: 'MEDIATION_FORMAT', label: 'Mediation format', parent: 'MEDIATION' },
    { id: 'EXCLUSIVE_MEDIATION', label: 'Exclusive mediation', parent: 'MEDIATION_FORMAT' },
  ],
  positions: [
    { type: 'MEDIATION_FORMAT', subjects: ['nk'], label: 'The Minsk Group format' },
    { type: 'CEASEFIRE', subjects: ['nk'], label: 'Ceasefire' },
  ],
  statements: [
    statementRecord(1, {
      date: '2020-10-15',
      onBehalfOf: ['FRA'],
      stances: [
        { position: 'MEDIATION_FORMAT:nk', stance: 'SUPPORTS', act: 'AFFIRMS', quote: 'q' },
      ],
    }),
    statementRecord(2, {
      date: '2020-10-16',
      onBehalfOf: ['FRA'],
      stances: [{ position: 'CEASEFIRE:nk', stance: 'SUPPORTS', act: 'CALLS_FOR', quote: 'q' }],
    }),
  ],
});

interface TypeNode {
  id: string;
  label: string;
  parent: string | null;
  children: TypeNode[];
}

describe('diplograph position-types, and --position-types of the comparisons', () => {
  let db: Database;

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, [{ name: 'types.json', text: FILE }]);
  });
  afterAll(async () => db.close());

  it('prints the tree as JSON, CSV and a table', async () => {
    const json = await runCli(['position-types', '--format', 'json']);
    expect(json.status).toBe(0);
    const roots = JSON.parse(json.stdout) as TypeNode[];
    expect(roots).toHaveLength(11);
    const mediation = roots.find((t) => t.id === 'MEDIATION')!;
    expect(mediation.children.map((c) => c.id)).toEqual(['MEDIATION_FORMAT']);
    expect(mediation.children[0]!.children.map((c) => [c.id, c.parent])).toEqual([
      ['EXCLUSIVE_MEDIATION', 'MEDIATION_FORMAT'],
    ]);

    const csv = await runCli(['position-types', '--format', 'csv']);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('id,label,parent,depth,description');
    expect(lines).toHaveLength(14);
    const at = lines.findIndex((l) => l.startsWith('MEDIATION,'));
    expect(lines.slice(at + 1, at + 3).map((l) => l.split(',').slice(0, 4))).toEqual([
      ['MEDIATION_FORMAT', 'Mediation format', 'MEDIATION', '1'],
      ['EXCLUSIVE_MEDIATION', 'Exclusive mediation', 'MEDIATION_FORMAT', '2'],
    ]);

    const table = await runCli(['position-types']);
    expect(table.stdout).toMatch(/^ {2}MEDIATION_FORMAT +Mediation format/m);
    expect(table.stdout).toMatch(/^ {4}EXCLUSIVE_MEDIATION +Exclusive mediation/m);
  });

  it('compares over a type by label, its descendants included', async () => {
    const run = await runCli([
      'compare',
      '--actors',
      'FRA',
      '--from',
      '2020',
      '--to',
      '2020',
      '--interval',
      'none',
      '--position-types',
      'mediation',
      '--format',
      'json',
    ]);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { positions: string[] }).positions).toEqual([
      'MEDIATION_FORMAT:nk',
    ]);
  });

  it('refuses an unknown type with suggestions', async () => {
    const run = await runCli([
      'compare',
      '--actors',
      'FRA',
      '--from',
      '2020',
      '--to',
      '2020',
      '--position-types',
      'mediaton',
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('NOT_FOUND');
    expect(run.stderr).toContain('MEDIATION (Mediation)');
  });
});
