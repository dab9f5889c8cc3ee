import { parse } from 'csv-parse/sync';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSV_TABLES } from '../../../src/export/csv-tables';
import { INTERNAL_LABELS } from '../../../src/export/slice';
import type { Database } from '../../../src/neo4j/database';
import { buildDist, runCli } from '../../support/cli-process';
import { loadComparisonFixture } from '../../support/comparison-fixture';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { countsOf, parseGexf, parseGraphml } from '../../support/graph-xml';
import type { ParsedGraph } from '../../support/graph-xml';

/**
 * `export --format graphml|gexf|csv` on the comparison fixture (one statement retracted), read
 * back with an XML parser and a CSV parser and held against `diplograph stats` and against the
 * whole graph's tables filtered here.
 */

type CsvRow = Record<string, string>;

const PARSERS: Record<'graphml' | 'gexf', (text: string) => ParsedGraph> = {
  graphml: parseGraphml,
  gexf: parseGexf,
};

describe('diplograph export --format graphml | gexf | csv', () => {
  let db: Database;
  let stats: { labels: Record<string, number>; relationships: Record<string, number> };
  let whole: Record<string, CsvRow[]>;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-export-'));

  const ok = async (args: string[]) => {
    const run = await runCli(args);
    expect({ args, status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      args,
      status: 0,
      stderr: '',
    });
    return run;
  };

  const tables = async (args: string[], name: string): Promise<Record<string, CsvRow[]>> => {
    const out = path.join(dir, name);
    await ok(['export', '--format', 'csv', '--out', out, ...args]);
    expect(readdirSync(out).sort()).toEqual(CSV_TABLES.map((t) => `${t.name}.csv`).sort());
    return Object.fromEntries(
      CSV_TABLES.map((table) => {
        const text = readFileSync(path.join(out, `${table.name}.csv`), 'utf8');
        const firstLine: string[][] = parse(text, { to_line: 1 });
        const [header] = firstLine;
        expect({ table: table.name, header }).toEqual({
          table: table.name,
          header: table.columns.map((c) => c.name),
        });
        return [table.name, parse<CsvRow>(text, { columns: true })];
      }),
    );
  };

  const graph = async (format: 'graphml' | 'gexf', args: string[] = []) => {
    const out = path.join(dir, `${format}-${args.join('_').replace(/[^\w-]/g, '')}.${format}`);
    await ok(['export', '--format', format, '--out', out, ...args]);
    return PARSERS[format](readFileSync(out, 'utf8'));
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadComparisonFixture(db);
    stats = JSON.parse((await ok(['stats', '--json'])).stdout);
    whole = await tables([], 'whole');
    // Several CLI runs, each a process of its own: slow on a loaded machine.
  }, 600_000);
  afterAll(async () => db.close());

  it('csv: the tables have the columns of their definition and the rows the graph holds', () => {
    expect(CSV_TABLES.map((t) => t.name)).toEqual([
      'statements',
      'stances',
      'actors',
      'positions',
      'quotes',
    ]);
    expect(Object.keys(whole.stances![0]!)).toEqual([
      'statement',
      'date',
      'speakers',
      'actors',
      'position',
      'type',
      'stance',
      'act',
      'modality',
      'quote',
      'status',
    ]);
    expect({
      statements: whole.statements!.length,
      stances: whole.stances!.length,
      actors: whole.actors!.length,
      positions: whole.positions!.length,
      quotes: whole.quotes!.length,
    }).toEqual({
      statements: stats.labels.Statement,
      stances: stats.relationships.TAKES_STANCE,
      actors: stats.labels.Actor,
      positions: stats.labels.Position,
      quotes: stats.relationships.QUOTES,
    });
    // The retracted statement is exported, and says so.
    expect(whole.statements!.filter((s) => s.status === 'RETRACTED')).toHaveLength(1);
    expect(whole.stances!.every((s) => s.quote !== '' && s.actors !== '')).toBe(true);
  });

  it('csv: rows and list cells in a fixed order, so the same graph exports the same bytes', () => {
    const inOrder = (keys: string[]) => keys.every((key, i) => i === 0 || keys[i - 1]! < key);
    const key = (...cells: (string | undefined)[]) => cells.join('\u0000');
    expect(inOrder(whole.statements!.map((s) => key(s.id)))).toBe(true);
    expect(inOrder(whole.stances!.map((s) => key(s.statement, s.position)))).toBe(true);
    expect(inOrder(whole.quotes!.map((q) => key(q.statement, q.ref)))).toBe(true);
    expect(inOrder(whole.actors!.map((a) => key(a.id)))).toBe(true);
    expect(inOrder(whole.positions!.map((p) => key(p.id)))).toBe(true);
    const listed = (cell: string | undefined) => (cell ? cell.split(';') : []);
    const unsorted = whole.statements!.filter((s) =>
      [s.actors, s.topics, s.documents].some((cell) => !inOrder(listed(cell))),
    );
    expect(unsorted.map((s) => s.id)).toEqual([]);
    // A statement with several actors or topics, or the list check proves nothing.
    expect(
      whole.statements!.filter((s) => listed(s.actors).length + listed(s.topics).length > 2).length,
    ).toBeGreaterThan(0);
  });

  it.each(['graphml', 'gexf'] as const)(
    '%s: parses back to the counts of stats, plus an actor stance per stance and actor',
    async (format) => {
      const parsed = await graph(format);
      const { labels, types } = countsOf(parsed);
      // db.labels() and db.relationshipTypes() also list names no node or relationship has now.
      const exportedLabels = Object.fromEntries(
        Object.entries(stats.labels).filter(
          ([label, count]) => count > 0 && !INTERNAL_LABELS.includes(label),
        ),
      );
      expect(labels).toEqual(exportedLabels);
      const relationships = Object.fromEntries(
        Object.entries(stats.relationships).filter(([, count]) => count > 0),
      );
      const actorStances = whole.stances!.reduce((n, s) => n + s.actors!.split(';').length, 0);
      expect(types).toEqual({ ...relationships, ACTOR_STANCE: actorStances });
      // Every edge joins two exported nodes, and node ids are unique.
      const ids = new Set(parsed.nodes.map((n) => n.id));
      expect(ids.size).toBe(parsed.nodes.length);
      expect(parsed.edges.filter((e) => !ids.has(e.source!) || !ids.has(e.target!))).toEqual([]);
      const stance = parsed.edges.find((e) => e.values.type === 'TAKES_STANCE')!;
      expect(Object.keys(stance.values)).toEqual(
        expect.arrayContaining(['stance', 'modality', 'date']),
      );
    },
  );

  it('slices: a topic, actors by name and a window give exactly the statements they select', async () => {
    const args = [
      '--topic',
      'test-war',
      '--actors',
      'TUR,Russia',
      '--from',
      '2021',
      '--to',
      '2021-06',
    ];
    const sliced = await tables(args, 'slice');
    const selected = (s: CsvRow) =>
      s.date! >= '2021-01-01' &&
      s.date! <= '2021-06-30' &&
      s.topics!.split(';').includes('test-war') &&
      [...s.actors!.split(';'), ...s.speakers!.split(';')].some((a) => a === 'TUR' || a === 'RUS');
    const want = whole
      .statements!.filter(selected)
      .map((s) => s.id)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(whole.statements!.length);
    expect(sliced.statements!.map((s) => s.id).sort()).toEqual(want);
    const inSlice = new Set(want);
    const sorted = (rows: CsvRow[]) => rows.map((row) => JSON.stringify(row)).sort();
    expect(sorted(sliced.stances!)).toEqual(
      sorted(whole.stances!.filter((s) => inSlice.has(s.statement))),
    );
    expect(sliced.quotes!.map((q) => q.statement).sort()).toEqual(
      whole
        .quotes!.filter((q) => inSlice.has(q.statement))
        .map((q) => q.statement)
        .sort(),
    );
    for (const format of ['graphml', 'gexf'] as const) {
      const parsed = await graph(format, args);
      const statements = parsed.nodes.filter((n) => n.values.labels === 'Statement');
      expect(statements.map((n) => n.id).sort()).toEqual(want);
      const stances = parsed.edges.filter((e) => e.values.type === 'TAKES_STANCE');
      expect(stances).toHaveLength(sliced.stances!.length);
    }
  });

  it('refuses a slice of the ingestion format, csv without a directory, an unknown topic', async () => {
    const sliceJson = await runCli(['export', '--format', 'json', '--topic', 'test-war']);
    expect(sliceJson.status).not.toBe(0);
    expect(sliceJson.stderr).toContain('BAD_ARGUMENT');
    expect(sliceJson.stderr).toContain('--topic');
    const csv = await runCli(['export', '--format', 'csv']);
    expect(csv.stderr).toContain('--out');
    const out = path.join(dir, 'never');
    const unknown = await runCli([
      'export',
      '--format',
      'csv',
      '--out',
      out,
      '--topic',
      'no-such-war',
    ]);
    expect(unknown.stderr).toContain('NAME_UNKNOWN');
    expect(() => readdirSync(out)).toThrow();
  });
});
