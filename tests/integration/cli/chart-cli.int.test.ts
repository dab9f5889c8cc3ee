import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { colourOf, TIMELINE_SERIES, seriesKeyOf } from '../../../src/explorer/charts/timeline';
import type { Database } from '../../../src/neo4j/database';
import { buildDist, runCli } from '../../support/cli-process';
import { expectedComparison, loadComparisonFixture } from '../../support/comparison-fixture';
import type { ExpectedCell } from '../../support/comparison-fixture';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { descendants, parseSvg, texts } from '../../support/svg-tree';

/**
 * `compare | agreement | history --format svg|html|png --out FILE` on the comparison fixture: the
 * chart parses as SVG and draws exactly the cells of the results computed by hand.
 */

const expected = expectedComparison();
const { matrix } = expected;

describe('charts from the command line', () => {
  let db: Database;
  let dir: string;

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadComparisonFixture(db);
    dir = mkdtempSync(path.join(tmpdir(), 'chart-cli-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  const matrixArgs = [
    '--actors',
    matrix.actors.join(','),
    '--positions',
    matrix.positions.join(','),
    '--from',
    matrix.from,
    '--to',
    matrix.to,
    '--interval',
    'quarter',
  ];

  it('compare --format svg --out: one cell per stance of expected.json, legend and names', async () => {
    const out = path.join(dir, 'timeline.svg');
    const run = await runCli(['compare', ...matrixArgs, '--format', 'svg', '--out', out]);
    expect({ status: run.status, stderr: run.stderr, stdout: run.stdout }).toEqual({
      status: 0,
      stderr: '',
      stdout: '',
    });
    const svg = parseSvg(readFileSync(out, 'utf8'));
    const cells: ExpectedCell[] = Object.values(matrix.cells).flatMap((byPosition) =>
      Object.values(byPosition).flatMap((byBucket) => Object.values(byBucket)),
    );
    const shapes = descendants(svg).filter((e) => e.name === 'path');
    for (const key of TIMELINE_SERIES) {
      const wanted = cells.filter(
        (cell) => seriesKeyOf({ ...cell, actorId: '', positionId: '', bucket: '' }) === key,
      ).length;
      // Each category's cells, and its swatch in the legend.
      const drawn = shapes.filter((e) => e.attributes.fill === colourOf(key)).length;
      expect({ key, drawn }).toEqual({ key, drawn: wanted + 1 });
    }
    const words = texts(svg);
    // Actors by name (the fixture's organisation has one), buckets, the legend.
    expect(words).toEqual(
      expect.arrayContaining(['2020-Q1', '2021-Q2', 'Mixed (sources conflict)']),
    );
    expect(words.some((w) => w.startsWith('Veloria Contact Group · '))).toBe(true);
    expect(readdirSync(dir)).toEqual(['timeline.svg']);
  });

  it('agreement --format html: n in every cell, one file with no script', async () => {
    const run = await runCli(['agreement', ...matrixArgs, '--format', 'html']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/);
    expect(run.stdout).not.toContain('<script');
    const svg = parseSvg(/<svg[\s\S]*<\/svg>/.exec(run.stdout)![0]);
    const pairs = (matrix.actors.length * (matrix.actors.length - 1)) / 2;
    expect(texts(svg).filter((w) => /^n=\d+$/.test(w))).toHaveLength(pairs * matrix.buckets.length);
  });

  it('history --format svg: a shift line per shift of expected.json', async () => {
    const run = await runCli([
      'history',
      '--actor',
      'TUR',
      '--position',
      'CEASEFIRE:test-war',
      '--format',
      'svg',
    ]);
    expect(run.status).toBe(0);
    const history = expected.shifts.find(
      (s) => s.actor === 'TUR' && s.position === 'CEASEFIRE:test-war',
    )!;
    const words = texts(parseSvg(run.stdout));
    expect(words.filter((w) => w === 'shift')).toHaveLength(history.shifts.length);
  });

  it('--out into a missing folder: BAD_ARGUMENT naming the file, nothing written', async () => {
    const out = path.join(dir, 'missing', 'chart.svg');
    const run = await runCli(['compare', ...matrixArgs, '--format', 'svg', '--out', out]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('BAD_ARGUMENT');
    expect(run.stderr).toContain(out);
    expect(existsSync(path.dirname(out))).toBe(false);
  });

  it('--format png --out: a PNG at twice the size of the SVG of the same chart', async () => {
    const history = ['history', '--actor', 'TUR', '--position', 'CEASEFIRE:test-war'];
    const out = path.join(dir, 'history.png');
    const run = await runCli([...history, '--format', 'png', '--out', out]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const png = readFileSync(out);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    const svg = parseSvg((await runCli([...history, '--format', 'svg'])).stdout);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      Number(svg.attributes.width) * 2,
      Number(svg.attributes.height) * 2,
    ]);
  });

  it('--format gif is refused with the formats offered', async () => {
    const run = await runCli(['compare', ...matrixArgs, '--format', 'gif']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('svg, html, png');
  });
});
