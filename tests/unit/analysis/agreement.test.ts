import { agreementByBucket, listBuckets } from '../../../src/analysis';
import type { PairAgreement, StanceObservation } from '../../../src/analysis';
import { observation } from './support';

const say = (
  actorId: string,
  positionId: string,
  date: string,
  stance: StanceObservation['stance'],
  extra: Partial<StanceObservation> = {},
): StanceObservation => observation({ actorId, positionId, date, stance, ...extra });

/**
 *            October 2020                 November 2020
 *   IRN      P1 +1 (5th), P2 +1 (5th)     P3 +1 (3rd)
 *   TUR      P1 −1 (7th), P2 +1 (7th)     P1 +1 (20th)
 *   AZE      P2 +1 (1st)                  P2 +1 and −1 in two statements (5th): mixed
 */
const OBSERVATIONS: readonly StanceObservation[] = [
  say('IRN', 'P1', '2020-10-05', 'SUPPORTS'),
  say('IRN', 'P2', '2020-10-05', 'SUPPORTS'),
  say('IRN', 'P3', '2020-11-03', 'SUPPORTS'),
  say('TUR', 'P1', '2020-10-07', 'OPPOSES'),
  say('TUR', 'P2', '2020-10-07', 'SUPPORTS'),
  say('TUR', 'P1', '2020-11-20', 'SUPPORTS'),
  say('AZE', 'P2', '2020-10-01', 'SUPPORTS'),
  say('AZE', 'P2', '2020-11-05', 'SUPPORTS', { statementId: 'statement:aze-1' }),
  say('AZE', 'P2', '2020-11-05', 'OPPOSES', { statementId: 'statement:aze-2' }),
];
const ACTORS = ['IRN', 'TUR', 'AZE'];
const POSITIONS = ['P1', 'P2', 'P3'];
const MONTHS = listBuckets('MONTH', '2020-10-01', '2020-11-30');

const brief = (r: PairAgreement) => [
  r.actorA,
  r.actorB,
  r.bucket.key,
  r.result.value,
  r.result.reason ?? null,
  r.result.positions,
];

describe('agreementByBucket', () => {
  /*
   * IN_FORCE, agreement index = 1 − Σ|x − y| / 2n over the positions both hold:
   * IRN–TUR Oct: P1 (+1, −1), P2 (+1, +1): Σ = 2, n = 2 → 0.5
   * IRN–TUR Nov: P1 (+1 carried, +1), P2 (+1, +1), both carried: Σ = 0 → 1 (P3 is IRN's alone)
   * IRN–AZE Oct: P2 (+1, +1) → 1;  Nov: AZE is mixed on P2, so no shared position
   * TUR–AZE Oct: P2 (+1, +1) → 1;  Nov: likewise none
   */
  it('compares stances in force at the end of each bucket by default', () => {
    const results = agreementByBucket(OBSERVATIONS, ACTORS, POSITIONS, MONTHS, {
      measure: 'AGREEMENT_INDEX',
    });
    expect(results.map(brief)).toEqual([
      ['IRN', 'TUR', '2020-10', 0.5, null, ['P1', 'P2']],
      ['IRN', 'TUR', '2020-11', 1, null, ['P1', 'P2']],
      ['IRN', 'AZE', '2020-10', 1, null, ['P2']],
      ['IRN', 'AZE', '2020-11', null, 'NO_OVERLAP', []],
      ['TUR', 'AZE', '2020-10', 1, null, ['P2']],
      ['TUR', 'AZE', '2020-11', null, 'NO_OVERLAP', []],
    ]);
    expect(results[3]!.mixedPositions).toEqual(['P2']);
    expect(results[0]!.mixedPositions).toEqual([]);
  });

  it('carries the evidence of both actors for every counted position', () => {
    const [october, november] = agreementByBucket(OBSERVATIONS, ['IRN', 'TUR'], POSITIONS, MONTHS, {
      measure: 'AGREEMENT_INDEX',
    });
    expect(
      october!.comparisons.map((c) => [c.positionId, c.a.statedOn, c.b.statedOn, c.b.stance]),
    ).toEqual([
      ['P1', '2020-10-05', '2020-10-07', 'OPPOSES'],
      ['P2', '2020-10-05', '2020-10-07', 'SUPPORTS'],
    ]);
    expect(october!.comparisons[0]!.b.evidence[0]!.statementId).toBe('statement:TUR:2020-10-07');
    expect(november!.comparisons.map((c) => [c.positionId, c.a.carried, c.b.carried])).toEqual([
      ['P1', true, false],
      ['P2', true, true],
    ]);
  });

  /*
   * EXPRESSED, November: IRN stated only P3 (+1), TUR only P1 (+1): nothing shared.
   * With missing = NEUTRAL: P1 (0, +1), P3 (+1, 0): Σ = 2, n = 2 → 1 − 2/4 = 0.5.
   */
  it('compares only stances stated in the bucket when asked', () => {
    const options = { measure: 'AGREEMENT_INDEX', basis: 'EXPRESSED' } as const;
    const [, november] = agreementByBucket(
      OBSERVATIONS,
      ['IRN', 'TUR'],
      POSITIONS,
      MONTHS,
      options,
    );
    expect(november!.result).toEqual({ value: null, n: 0, reason: 'NO_OVERLAP', positions: [] });
    const [, filled] = agreementByBucket(OBSERVATIONS, ['IRN', 'TUR'], POSITIONS, MONTHS, {
      ...options,
      missing: 'NEUTRAL',
    });
    expect(filled!.result).toEqual({ value: 0.5, n: 2, positions: ['P1', 'P3'] });
    expect(filled!.comparisons.map((c) => [c.positionId, c.a.stance, c.b.stance])).toEqual([
      ['P1', 'SUPPORTS', 'SUPPORTS'],
      ['P3', 'SUPPORTS', null],
    ]);
  });

  /* IRN–TUR Oct, P1 weighing 3: Σ w = 4, Σ w·|x − y| = 3·2 = 6 → S = 1 − 2·6/(2·4) = −0.5. */
  it('passes weights to S', () => {
    const [october] = agreementByBucket(OBSERVATIONS, ['IRN', 'TUR'], POSITIONS, MONTHS, {
      measure: 'S_SCORE',
      weights: new Map([['P1', 3]]),
    });
    expect(october!.result.value).toBe(-0.5);
  });

  it('passes minOverlap and reports p_e = 1 for κ', () => {
    const results = agreementByBucket(OBSERVATIONS, ['IRN', 'TUR'], POSITIONS, MONTHS, {
      measure: 'COHEN_KAPPA',
      minOverlap: 2,
    });
    // October: P1 (+1, −1), P2 (+1, +1): a = (0, 0, 2), b = (1, 0, 1), Σ a·b = 2, O = 1 → (2 − 2)/(4 − 2) = 0.
    expect(results.map((r) => [r.result.value, r.result.reason ?? null])).toEqual([
      [0, null],
      [null, 'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE'],
    ]);
    const strict = agreementByBucket(OBSERVATIONS, ['IRN', 'AZE'], POSITIONS, MONTHS, {
      measure: 'COHEN_KAPPA',
      minOverlap: 2,
    });
    expect(strict[0]!.result).toMatchObject({ value: null, n: 1, reason: 'BELOW_MIN_OVERLAP' });
  });

  it('compares each pair once, whatever duplicates the actor list has', () => {
    const results = agreementByBucket(OBSERVATIONS, ['IRN', 'TUR', 'IRN'], POSITIONS, MONTHS, {
      measure: 'SCOTT_PI',
    });
    expect(results.map((r) => [r.actorA, r.actorB, r.bucket.key])).toEqual([
      ['IRN', 'TUR', '2020-10'],
      ['IRN', 'TUR', '2020-11'],
    ]);
  });
});
