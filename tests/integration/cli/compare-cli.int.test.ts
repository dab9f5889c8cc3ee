import type { Database } from '../../../src/neo4j/database';
import { buildDist, runCli } from '../../support/cli-process';
import { expectedComparison, loadComparisonFixture } from '../../support/comparison-fixture';
import type { ExpectedCell } from '../../support/comparison-fixture';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * The comparison fixture (tests/fixtures/comparison) through the built CLI, as scripts use it:
 * `--format json` checked exactly against the results computed by hand in expected.json, then a
 * look at the table and the CSV, and the errors.
 */

type Stance = 'SUPPORTS' | 'OPPOSES' | 'NEUTRAL';
type Cell = ExpectedCell;

/** The service's output shapes, as far as these checks read them. */
interface EvidenceOut {
  statementId: string;
}
interface CellOut extends Omit<Cell, 'evidence'> {
  actorId: string;
  positionId: string;
  bucket: { key: string; from: string; to: string };
  evidence: EvidenceOut[];
}
interface DayOut {
  date: string;
  stance: Stance | null;
  mixed: boolean;
  evidence: EvidenceOut[];
}
interface PairOut {
  actorA: string;
  actorB: string;
  bucket: { key: string; from: string; to: string };
  measure: string;
  result: { value: number | null; n: number; reason?: string; positions: string[] };
  comparisons: { positionId: string; a: CellOut; b: CellOut }[];
  mixedPositions: string[];
}

const expected = expectedComparison();

const ids = (evidence: readonly EvidenceOut[]): string[] => [
  ...new Set(evidence.map((e) => e.statementId)),
];

function fraction(text: string): number {
  const [numerator, denominator] = text.split('/').map(Number);
  return denominator === undefined ? numerator! : numerator! / denominator;
}

/** S_SCORE → s-score: measures as written on the command line. */
const cliName = (value: string) => value.toLowerCase().replace(/_/g, '-');

describe('diplograph compare | agreement | history | divergences on the comparison fixture', () => {
  let db: Database;
  const cli = runCli;

  /** Runs a command that must succeed and prints JSON; its output parsed. */
  const json = async <T>(args: string[]): Promise<T> => {
    const run = await cli([...args, '--format', 'json']);
    expect({ args, status: run.status, stderr: run.stderr }).toEqual({
      args,
      status: 0,
      stderr: '',
    });
    return JSON.parse(run.stdout) as T;
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadComparisonFixture(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('compare --format json: every actor × position × quarter as computed by hand', async () => {
    const { matrix } = expected;
    const result = await json<{
      from: string;
      to: string;
      actors: string[];
      positions: string[];
      interval: string;
      modalities: string[];
      buckets: unknown[];
      cells: CellOut[];
    }>([
      'compare',
      '--actors',
      matrix.actors.join(','),
      '--positions',
      matrix.positions.join(','),
      '--from',
      matrix.from,
      '--to',
      matrix.to,
      '--interval',
      cliName(matrix.interval),
    ]);
    expect({
      from: result.from,
      to: result.to,
      interval: result.interval,
      modalities: result.modalities,
      actors: result.actors,
      positions: result.positions,
      buckets: result.buckets,
    }).toEqual({
      from: matrix.from,
      to: matrix.to,
      interval: matrix.interval,
      modalities: ['ASSERTED'],
      actors: matrix.actors,
      positions: matrix.positions,
      buckets: matrix.buckets,
    });
    // Nesting order: actor, then position, then bucket.
    expect(result.cells.map((c) => `${c.actorId} ${c.positionId} ${c.bucket.key}`)).toEqual(
      matrix.actors.flatMap((a) =>
        matrix.positions.flatMap((p) => matrix.buckets.map((b) => `${a} ${p} ${b.key}`)),
      ),
    );
    const got: Record<string, Record<string, Record<string, Cell>>> = {};
    for (const cell of result.cells) {
      const { actorId, positionId, bucket, evidence, ...rest } = cell;
      ((got[actorId] ??= {})[positionId] ??= {})[bucket.key] = {
        stance: rest.stance,
        carried: rest.carried,
        mixed: rest.mixed,
        statedOn: rest.statedOn,
        supports: rest.supports,
        opposes: rest.opposes,
        neutral: rest.neutral,
        evidence: ids(evidence),
      };
    }
    expect(got).toEqual(matrix.cells);
  });

  it('history --format json: stances in order and shifts, the retracted statement left out', async () => {
    for (const want of expected.shifts) {
      const result = await json<{
        actor: string;
        position: string;
        stances: DayOut[];
        shifts: { from: DayOut; to: DayOut }[];
      }>(['history', '--actor', want.actor, '--position', want.position]);
      const day = (d: DayOut) => ({ date: d.date, stance: d.stance, mixed: d.mixed });
      expect({
        actor: result.actor,
        position: result.position,
        stances: result.stances.map((d) => ({ ...day(d), evidence: ids(d.evidence) })),
        shifts: result.shifts.map((s) => ({ from: day(s.from), to: day(s.to) })),
      }).toEqual(want);
    }
  });

  it('history --format csv: a row per day, shifts marked with the stance they leave', async () => {
    for (const want of expected.shifts) {
      const run = await cli([
        'history',
        '--actor',
        want.actor,
        '--position',
        want.position,
        '--format',
        'csv',
      ]);
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const shiftFrom = new Map(want.shifts.map((s) => [s.to.date, s.from]));
      const stanceText = (d: { stance: string | null; mixed: boolean }) =>
        d.mixed ? 'MIXED' : (d.stance ?? '');
      const rows = want.stances.map((d) => {
        const from = shiftFrom.get(d.date);
        return [
          want.actor,
          want.position,
          d.date,
          stanceText(d),
          String(d.mixed),
          String(from !== undefined),
          from === undefined ? '' : stanceText(from),
          d.evidence.join(';'),
        ].join(',');
      });
      expect(run.stdout.trimEnd().split('\n')).toEqual([
        'actor,position,date,stance,mixed,shift,previousStance,evidence',
        ...rows,
      ]);
    }
  });

  it('agreement --format json: every pair and measure as computed by hand', async () => {
    const { agreement: want } = expected;
    // One run per measure with every actor of the expected pairs, in an order that keeps each
    // pair's own order (pairs are computed each on its own, so the others do not matter).
    const named = new Set(want.pairs.flatMap((p) => [p.actorA, p.actorB]));
    const actors = expected.actors.filter((actor) => named.has(actor));
    for (const pair of want.pairs) {
      expect(actors.indexOf(pair.actorA)).toBeLessThan(actors.indexOf(pair.actorB));
    }
    const measures = Object.keys(want.pairs[0]!.measures);
    expect(measures.sort()).toEqual([
      'AGREEMENT_INDEX',
      'COHEN_KAPPA',
      'SCOTT_PI',
      'S_SCORE',
      'S_SCORE_SQUARED',
      'WEIGHTED_KAPPA',
    ]);
    for (const measure of measures) {
      const result = await json<{
        from: string;
        to: string;
        interval: string;
        measure: string;
        missing: string;
        minOverlap: number;
        basis: string;
        buckets: unknown[];
        pairs: PairOut[];
      }>([
        'agreement',
        '--actors',
        actors.join(','),
        '--positions',
        want.positions.join(','),
        '--from',
        want.from,
        '--to',
        want.to,
        '--interval',
        cliName(want.interval),
        '--measure',
        cliName(measure),
        '--missing',
        cliName(want.missing),
        '--min-overlap',
        String(want.minOverlap),
        '--basis',
        cliName(want.basis),
      ]);
      expect({
        from: result.from,
        to: result.to,
        interval: result.interval,
        measure: result.measure,
        missing: result.missing,
        minOverlap: result.minOverlap,
        basis: result.basis,
        buckets: result.buckets,
      }).toEqual({
        from: want.from,
        to: want.to,
        interval: want.interval,
        measure,
        missing: want.missing,
        minOverlap: want.minOverlap,
        basis: want.basis,
        buckets: [want.bucket],
      });
      expect(result.pairs).toHaveLength((actors.length * (actors.length - 1)) / 2);
      for (const pair of want.pairs) {
        const label = `${pair.actorA}–${pair.actorB} ${measure}`;
        const got = result.pairs.filter(
          (p) => p.actorA === pair.actorA && p.actorB === pair.actorB,
        );
        expect({ label, count: got.length }).toEqual({ label, count: 1 });
        const { bucket, result: score, mixedPositions, comparisons } = got[0]!;
        const w = pair.measures[measure]!;
        expect({
          label,
          bucket,
          measure: got[0]!.measure,
          value: score.value,
          decimal: score.value === null ? null : Number(score.value.toFixed(6)),
          n: score.n,
          reason: score.reason ?? null,
          positions: score.positions,
          mixed: mixedPositions,
        }).toEqual({
          label,
          bucket: want.bucket,
          measure,
          value: w.value === null ? null : expect.closeTo(fraction(w.value), 12),
          decimal: w.decimal,
          n: w.n,
          reason: w.reason ?? null,
          positions: w.positions,
          mixed: pair.mixedPositions,
        });
        const side = (c: CellOut) => ({
          stance: c.stance,
          statedOn: c.statedOn,
          evidence: ids(c.evidence),
        });
        expect({
          label,
          comparisons: comparisons.map((c) => ({
            position: c.positionId,
            a: side(c.a),
            b: side(c.b),
          })),
        }).toEqual({ label, comparisons: pair.comparisons });
      }
    }
  });

  it('divergences --format json: the spans in the window, with the evidence of both sides', async () => {
    const { divergences: want } = expected;
    expect(want.expressedInWindow).toBe(false);
    const result = await json<{
      from: string;
      to: string;
      positions: string[];
      divergences: {
        positionId: string;
        from: string;
        to: string;
        supporter: { actorId: string; evidence: EvidenceOut[] };
        opposer: { actorId: string; evidence: EvidenceOut[] };
      }[];
    }>([
      'divergences',
      '--actors',
      want.actors.join(','),
      '--positions',
      want.positions.join(','),
      '--from',
      want.from,
      '--to',
      want.to,
    ]);
    expect([result.from, result.to, result.positions]).toEqual([
      want.from,
      want.to,
      want.positions,
    ]);
    expect(
      result.divergences.map((d) => ({
        position: d.positionId,
        from: d.from,
        to: d.to,
        supporter: d.supporter.actorId,
        supporterEvidence: ids(d.supporter.evidence),
        opposer: d.opposer.actorId,
        opposerEvidence: ids(d.opposer.evidence),
      })),
    ).toEqual(want.items);
  });

  it('compare as a table: carried stances in parentheses, a mixed day as *', async () => {
    const run = await cli([
      'compare',
      '--actors',
      'TUR,RUS',
      '--positions',
      'WITHDRAWAL:place:test-veloria',
      '--from',
      '2020-01',
      '--to',
      '2021-06',
      '--interval',
      'Quarter',
    ]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('2020-01-01 to 2021-06-30 by quarter; modalities ASSERTED');
    expect(lines.slice(2)).toEqual([
      '',
      'WITHDRAWAL:place:test-veloria',
      '     2020-Q1  2020-Q2  2020-Q3  2020-Q4  2021-Q1  2021-Q2',
      // TUR (expected.json): none yet, opposes, carried, mixed on 2020-12-08, opposes, carried.
      'TUR     .        -       (-)       *        -       (-)',
      expect.stringMatching(/^RUS {2}/),
      '',
    ]);
  });

  it('compare as CSV: a header and a row per actor × position × bucket', async () => {
    const { actors } = expected;
    const run = await cli([
      'compare',
      '--actors',
      actors.join(','),
      '--topic',
      'test-war',
      '--from',
      '2020-09',
      '--to',
      '2020-12',
      '--interval',
      'month',
      '--format',
      'csv',
    ]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const rows = run.stdout.trimEnd().split('\n');
    const positions = expected.agreement.positions.length; // the topic's five positions
    const buckets = 4; // 2020-09 … 2020-12
    expect(rows).toHaveLength(actors.length * positions * buckets + 1);
    expect(rows[0]).toBe(
      'actor,position,bucket,from,to,stance,carried,mixed,statedOn,supports,opposes,neutral,evidence',
    );
    // The mixed day of TUR on withdrawal: no stance, both statements.
    expect(rows).toContain(
      'TUR,WITHDRAWAL:place:test-veloria,2020-12,2020-12-01,2020-12-31,,false,true,2020-12-08,1,1,0,statement:cmp-022;statement:cmp-023',
    );
  });

  it('an unknown actor: exit 1, error NAME_UNKNOWN and a suggestion', async () => {
    const run = await cli([
      'compare',
      '--actors',
      'TUR,RUSS',
      '--topic',
      'test-war',
      '--from',
      '2020',
      '--to',
      '2020',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^error NAME_UNKNOWN: actors: no actor has the id, name or alias "RUSS"\n/,
    );
    expect(run.stderr).toMatch(/hint: did you mean .*RUS \(/);
  });

  it('takes actors and topics by name: --actors Iran,Turkey is --actors IRN,TUR', async () => {
    const window = ['--from', '2020-01', '--to', '2021-09', '--format', 'json'];
    const byIds = await cli(['compare', '--actors', 'IRN,TUR', '--topic', 'test-war', ...window]);
    const byNames = await cli([
      'compare',
      '--actors',
      'Iran,Turkey',
      '--topic',
      'Aralia–Borvia war (fictional)',
      ...window,
    ]);
    expect(byNames.status).toBe(0);
    expect(byNames.stdout).toBe(byIds.stdout);
    expect(JSON.parse(byNames.stdout)).toMatchObject({ actors: ['IRN', 'TUR'] });
    const congo = await cli(['compare', '--actors', 'Congo,TUR', '--topic', 'test-war', ...window]);
    expect(congo.status).toBe(1);
    expect(congo.stderr).toMatch(
      /^error NAME_AMBIGUOUS: actors: "Congo" names 2 actors: COD \(DR Congo\), COG/,
    );
  });

  it('an unknown option value is a usage error: exit 2, before any database', async () => {
    const run = await cli([
      'agreement',
      '--actors',
      'TUR,RUS',
      '--topic',
      'test-war',
      '--from',
      '2020',
      '--to',
      '2020',
      '--measure',
      'kappa',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'expected one of agreement-index, s-score, s-score-squared, scott-pi, cohen-kappa, weighted-kappa',
    );
  });
});
