import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  agreementByBucket,
  bucketMatrix,
  divergences,
  listBuckets,
  shifts,
  stanceInForce,
} from '../../../src/analysis';
import type {
  BucketCell,
  DayStance,
  Measure,
  MeasureResult,
  StanceEvidence,
  StanceObservation,
} from '../../../src/analysis';
import { ingestDocumentSchema } from '../../../src/ingest/format';
import type { IngestDocument } from '../../../src/ingest/format';
import { quoteId } from '../../../src/model/ids';
import type { Modality, Stance } from '../../../src/model/vocabulary';
import type {
  ExpectedCell,
  ExpectedComparison,
  ExpectedSide,
} from '../../support/comparison-fixture';
import { planFile, referenceStates } from '../../support/plan-file';

/**
 * The comparison fixture (tests/fixtures/comparison): the src/analysis functions against results
 * computed by hand (expected.json, arithmetic in expected.md). The observations are mapped from
 * the YAML here, by hand, as the graph would give them: one per TAKES_STANCE and on-behalf-of
 * actor, the statement's date as its first day, cmp-027 retracted.
 */

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'tests/fixtures/comparison');
const YAML_FILE = path.join(DIR, 'comparison.yaml');
const RETRACTED = 'statement:cmp-027';

interface ExpectedDay {
  stance: Stance | null;
  mixed: boolean;
  date: string;
  evidence: string[];
}
interface Expected extends ExpectedComparison {
  actors: string[];
  positions: string[];
  statements: number;
  retracted: string[];
  stanceInForce: {
    actor: string;
    position: string;
    date: string;
    modalities?: Modality[];
    expected: ExpectedDay | null;
  }[];
}

const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Expected;
const yamlText = readFileSync(YAML_FILE, 'utf8');

/** The document as the format reads it (defaults filled: modality ASSERTED, empty lists). */
function fixtureDocument(): IngestDocument {
  const result = ingestDocumentSchema.safeParse(parse(yamlText));
  if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
  return result.data;
}

/** '2020-05' → '2020-05-01', '2020' → '2020-01-01': the stored first day of the period. */
function firstDay(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  throw new Error(`not a partial date: ${date}`);
}

/** One observation per stance and per on-behalf-of actor (ids as written: ISO codes, org ids). */
function observationsOf(document: IngestDocument): StanceObservation[] {
  const observations: StanceObservation[] = [];
  for (const statement of document.statements) {
    const statementId = statement.id!;
    const quotes = new Map(statement.quotes.map((quote) => [quote.ref, quoteId(quote.text)]));
    for (const actorId of statement.onBehalfOf) {
      for (const stance of statement.stances) {
        observations.push({
          actorId,
          positionId: stance.position,
          statementId,
          quoteId: quotes.get(stance.quote)!,
          date: firstDay(statement.date),
          stance: stance.stance,
          act: stance.act ?? null,
          modality: stance.modality,
          retracted: statementId === RETRACTED,
          superseded: false,
        });
      }
    }
  }
  return observations;
}

const ids = (evidence: readonly StanceEvidence[]): string[] => [
  ...new Set(evidence.map((item) => item.statementId)),
];

const document = fixtureDocument();
const OBSERVATIONS = observationsOf(document);

describe('the comparison fixture as an ingestion document', () => {
  it('matches the diplograph/v1 format (strict: no unknown field)', () => {
    const result = ingestDocumentSchema.safeParse(parse(yamlText));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('resolves every reference against itself and the reference states, with no issue', () => {
    expect(referenceStates()).toHaveLength(249);
    const { resolver, plan } = planFile(YAML_FILE);
    expect(resolver.issues).toEqual([]);
    expect(plan?.statements.map((s) => s.id)).toEqual(document.statements.map((s) => s.id));
    expect(plan?.positions.map((p) => p.id).sort()).toEqual([...expected.positions].sort());
    // The joint statement speaks for two actors; the hand mapping uses the ids as resolved.
    const joint = plan?.statements.find((s) => s.id === 'statement:cmp-019');
    expect(joint?.onBehalfOf).toEqual(['FRA', 'USA']);
    for (const statement of plan?.statements ?? []) {
      const written = document.statements.find((s) => s.id === statement.id)!;
      expect(statement.onBehalfOf).toEqual(written.onBehalfOf);
      expect(statement.date).toBe(firstDay(written.date));
    }
  });

  it('has the cast, length and features the issue asks for', () => {
    const statements = document.statements;
    expect(statements).toHaveLength(expected.statements);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(new Set(statements.flatMap((s) => s.onBehalfOf))).toEqual(new Set(expected.actors));
    const dates = statements.map((s) => firstDay(s.date)).sort();
    expect(dates[0]).toBe('2020-01-20');
    expect(dates[dates.length - 1]).toBe('2021-09-21'); // 20 months
    expect(statements.filter((s) => s.onBehalfOf.length > 1).map((s) => s.id)).toEqual([
      'statement:cmp-019',
    ]);
    expect(statements.filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s.date)).map((s) => s.id)).toEqual([
      'statement:cmp-008',
      'statement:cmp-014',
    ]);
    expect(statements.some((s) => s.id === RETRACTED)).toBe(true);
    expect(expected.retracted).toEqual([RETRACTED]);
    const conditional = OBSERVATIONS.filter((o) => o.modality !== 'ASSERTED');
    expect(conditional.map((o) => [o.statementId, o.positionId, o.modality])).toEqual([
      ['statement:cmp-016', 'RED_LINE:IRN:no-shelling-of-iranian-territory', 'CONDITIONAL'],
    ]);
    // 41 statements, 54 stances; the joint statement's 3 stances count for FRA and USA: 57.
    expect(OBSERVATIONS).toHaveLength(57);
  });
});

describe('the comparison fixture through src/analysis, against expected.json', () => {
  it('stanceInForce', () => {
    for (const check of expected.stanceInForce) {
      const day = stanceInForce(
        OBSERVATIONS,
        check.actor,
        check.position,
        check.date,
        check.modalities ? { modalities: check.modalities } : {},
      );
      const got =
        day === null
          ? null
          : { stance: day.stance, mixed: day.mixed, date: day.date, evidence: ids(day.evidence) };
      expect({ ...check, got }).toEqual({ ...check, got: check.expected });
    }
  });

  it('matrix: every actor × ceasefire/withdrawal × quarter, 2020-01-01 to 2021-06-30', () => {
    const { matrix } = expected;
    const buckets = listBuckets(matrix.interval, matrix.from, matrix.to);
    expect(buckets).toEqual(matrix.buckets);
    const cells = bucketMatrix(OBSERVATIONS, matrix.actors, matrix.positions, buckets);
    // Nesting order: actor, then position, then bucket.
    expect(cells.map((c) => `${c.actorId} ${c.positionId} ${c.bucket.key}`)).toEqual(
      matrix.actors.flatMap((a) =>
        matrix.positions.flatMap((p) => matrix.buckets.map((b) => `${a} ${p} ${b.key}`)),
      ),
    );
    const got: Record<string, Record<string, Record<string, ExpectedCell>>> = {};
    for (const cell of cells) {
      ((got[cell.actorId] ??= {})[cell.positionId] ??= {})[cell.bucket.key] = brief(cell);
    }
    expect(got).toEqual(matrix.cells);
  });

  it('shifts', () => {
    for (const pair of expected.shifts) {
      const result = shifts(OBSERVATIONS, pair.actor, pair.position);
      const day = (d: DayStance) => ({ date: d.date, stance: d.stance, mixed: d.mixed });
      expect({
        actor: pair.actor,
        position: pair.position,
        stances: result.stances.map((d) => ({ ...day(d), evidence: ids(d.evidence) })),
        shifts: result.shifts.map((s) => ({ from: day(s.from), to: day(s.to) })),
      }).toEqual(pair);
    }
  });

  it('agreement: three pairs over the whole window, stances in force at its end', () => {
    const { agreement } = expected;
    const buckets = listBuckets(agreement.interval, agreement.from, agreement.to);
    expect(buckets).toEqual([agreement.bucket]);
    for (const pair of agreement.pairs) {
      for (const measure of Object.keys(pair.measures) as Measure[]) {
        const results = agreementByBucket(
          OBSERVATIONS,
          [pair.actorA, pair.actorB],
          agreement.positions,
          buckets,
          { measure, missing: agreement.missing, minOverlap: agreement.minOverlap },
        );
        expect(results).toHaveLength(1);
        const result = results[0]!;
        const want = pair.measures[measure]!;
        const label = `${pair.actorA}–${pair.actorB} ${measure}`;
        expect({ label, ...measureBrief(result.result) }).toEqual({
          label,
          value: want.value === null ? null : expect.closeTo(fraction(want.value), 12),
          decimal: want.decimal,
          n: want.n,
          positions: want.positions,
          reason: want.reason ?? null,
        });
        expect({ label, mixed: result.mixedPositions }).toEqual({
          label,
          mixed: pair.mixedPositions,
        });
        expect({
          label,
          comparisons: result.comparisons.map((c) => ({
            position: c.positionId,
            a: side(c.a),
            b: side(c.b),
          })),
        }).toEqual({ label, comparisons: pair.comparisons });
      }
    }
  });

  it('divergences in 2021-01-01..2021-06-30', () => {
    const { divergences: want } = expected;
    const found = divergences(
      OBSERVATIONS,
      want.actors,
      want.positions,
      { from: want.from, to: want.to },
      { expressedInWindow: want.expressedInWindow },
    );
    expect(
      found.map((d) => ({
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

  it('would read otherwise if the retraction were not applied (the fixture exercises it)', () => {
    const unretracted = OBSERVATIONS.map((o) => ({ ...o, retracted: false }));
    expect(shifts(unretracted, 'RUS', 'CEASEFIRE:test-war').shifts).toHaveLength(3);
    expect(stanceInForce(unretracted, 'RUS', 'CEASEFIRE:test-war', '2021-03-01')?.stance).toBe(
      'OPPOSES',
    );
  });
});

function brief(cell: BucketCell): ExpectedCell {
  return {
    stance: cell.stance,
    carried: cell.carried,
    mixed: cell.mixed,
    statedOn: cell.statedOn,
    supports: cell.supports,
    opposes: cell.opposes,
    neutral: cell.neutral,
    evidence: ids(cell.evidence),
  };
}

function side(cell: BucketCell): ExpectedSide {
  return { stance: cell.stance!, statedOn: cell.statedOn!, evidence: ids(cell.evidence) };
}

function measureBrief(result: MeasureResult) {
  return {
    value: result.value,
    decimal: result.value === null ? null : Number(result.value.toFixed(6)),
    n: result.n,
    positions: result.positions,
    reason: result.reason ?? null,
  };
}

/** '7/15' → 7/15, '-1/5' → −0.2, '1' → 1. */
function fraction(text: string): number {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a fraction: ${text}`);
  return Number(match[1]) / Number(match[2] ?? 1);
}
