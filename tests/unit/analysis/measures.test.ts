import {
  agreementIndex,
  cohenKappa,
  computeMeasure,
  scottPi,
  sScore,
  sScoreSquared,
  weightedKappa,
} from '../../../src/analysis';
import { vector } from './support';

/*
 * The running example, worked by hand (categories in the order −1, 0, +1):
 *
 *   position  P1  P2  P3  P4  P5
 *   a         +1  +1   0  −1  +1
 *   b         +1   0   0  +1  +1
 *   |a − b|    0   1   0   2   0     Σ = 3, n = 5, d = 2
 *
 * agreement index = 1 − 3/(5·2) = 0.7
 * S               = 1 − 2·3/(5·2) = 0.4
 * agreements O = 3 (P1, P3, P5), p_o = 3/5 = 0.6
 * Cohen: a counts (1, 1, 3), b counts (0, 2, 3)
 *   p_e = (1·0 + 1·2 + 3·3)/25 = 11/25 = 0.44;  κ = (0.6 − 0.44)/(1 − 0.44) = 0.16/0.56 = 2/7
 * Scott: pooled counts over 10 values (1, 3, 6) → shares (0.1, 0.3, 0.6)
 *   p_e = 0.01 + 0.09 + 0.36 = 0.46;  π = (0.6 − 0.46)/(1 − 0.46) = 0.14/0.54 = 7/27
 * S with squared distances: (a − b)² = 0, 1, 0, 4, 0, Σ = 5, d² = 4
 *   S² = 1 − 2·5/(5·4) = 0.5; with P4 weighing 3: Σ w·d² = 1 + 12 = 13, Σ w = 7,
 *   S² = 1 − 2·13/(7·4) = 1/14
 */
const a = vector({ P1: 1, P2: 1, P3: 0, P4: -1, P5: 1 });
const b = vector({ P1: 1, P2: 0, P3: 0, P4: 1, P5: 1 });
const ALL = ['P1', 'P2', 'P3', 'P4', 'P5'];

describe('measures on the running example', () => {
  it('agreement index = 0.7', () => {
    expect(agreementIndex(a, b)).toEqual({ value: 0.7, n: 5, positions: ALL });
  });

  it('S = 0.4', () => {
    expect(sScore(a, b)).toEqual({ value: expect.closeTo(0.4, 12), n: 5, positions: ALL });
  });

  it("Cohen's κ = 2/7", () => {
    expect(cohenKappa(a, b).value).toBeCloseTo(2 / 7, 12);
  });

  it("Scott's π = 7/27", () => {
    expect(scottPi(a, b).value).toBeCloseTo(7 / 27, 12);
  });

  /*
   * Weighted κ, w_ij = (|i − j|/2)^p: one step apart weighs 0.5^p, two steps 1, agreement 0.
   * Observed off-diagonal pairs: (+1, 0) at P2, one step; (−1, +1) at P4, two steps.
   * Expected cells a_i·b_j off the diagonal (a = (1, 1, 3), b = (0, 2, 3)):
   *   (−1, 0) 1·2 = 2 one step   (−1, +1) 1·3 = 3 two steps   (0, +1) 1·3 = 3 one step
   *   (+1, 0) 3·2 = 6 one step   (0, −1) and (+1, −1) are 0 (b has no −1)
   * p = 2: Σ w·N = 0.25 + 1 = 1.25; Σ w·a·b = 0.25·(2 + 3 + 6) + 1·3 = 5.75
   *        κ_w = 1 − 5·1.25/5.75 = 1 − 6.25/5.75 = −0.5/5.75 = −2/23
   * p = 1: Σ w·N = 0.5 + 1 = 1.5;   Σ w·a·b = 0.5·11 + 3 = 8.5
   *        κ_w = 1 − 5·1.5/8.5 = 1 − 7.5/8.5 = 2/17
   */
  it('weighted κ, quadratic by default, = −2/23', () => {
    expect(weightedKappa(a, b).value).toBeCloseTo(-2 / 23, 12);
    expect(weightedKappa(a, b, { power: 2 }).value).toBeCloseTo(-2 / 23, 12);
  });

  it('weighted κ, linear, = 2/17', () => {
    expect(weightedKappa(a, b, { power: 1 }).value).toBeCloseTo(2 / 17, 12);
  });

  it('weighted κ with p = 0 (every disagreement weighs 1) is the unweighted κ, 2/7', () => {
    expect(weightedKappa(a, b, { power: 0 }).value).toBeCloseTo(2 / 7, 12);
  });

  /*
   * Weighted S with P4 weighing 3, the rest 1: Σ w = 7, Σ w·|a − b| = 1·1 (P2) + 3·2 (P4) = 7,
   * S_w = 1 − 2·7/(2·7) = 0. Every weight 1 gives back S = 0.4.
   */
  it('weighted S = 0 when the fully opposed position weighs 3', () => {
    expect(sScore(a, b, { weights: new Map([['P4', 3]]) }).value).toBeCloseTo(0, 12);
  });

  it('weighted S with every weight 1 is S', () => {
    const ones = new Map(ALL.map((id) => [id, 1]));
    expect(sScore(a, b, { weights: ones }).value).toBeCloseTo(0.4, 12);
  });

  /* Weighting P2 (the one-step disagreement) 0: Σ w = 4, Σ w·|a − b| = 2, S_w = 1 − 4/8 = 0.5. */
  it('a weight of 0 takes a position out of S but not out of n', () => {
    expect(sScore(a, b, { weights: new Map([['P2', 0]]) })).toEqual({
      value: expect.closeTo(0.5, 12),
      n: 5,
      positions: ALL,
    });
  });

  it('S with squared distances = 0.5, and 1/14 when the fully opposed position weighs 3', () => {
    expect(sScoreSquared(a, b)).toEqual({ value: expect.closeTo(0.5, 12), n: 5, positions: ALL });
    const weights = new Map([['P4', 3]]);
    expect(sScoreSquared(a, b, { weights }).value).toBeCloseTo(1 / 14, 12);
  });

  it('S with squared distances charges a one-step difference a quarter, S a half', () => {
    const x = vector({ P1: 1, P2: 0, P3: -1 });
    const y = vector({ P1: 0, P2: 0, P3: 0 });
    // Σ|x − y| = 2 → S = 1 − 4/6 = 1/3; Σ(x − y)² = 2 → S² = 1 − 4/12 = 2/3, as
    // the squared scale's maximum is 4, so one step costs a quarter rather than a half.
    expect(sScore(x, y).value).toBeCloseTo(1 / 3, 12);
    expect(sScoreSquared(x, y).value).toBeCloseTo(2 / 3, 12);
  });

  it('computeMeasure dispatches by GraphQL name, weights reaching the S scores only', () => {
    const weights = new Map([['P4', 3]]);
    expect(computeMeasure('S_SCORE_SQUARED', a, b, { weights }).value).toBeCloseTo(1 / 14, 12);
    expect(computeMeasure('WEIGHTED_KAPPA', a, b, { weights }).value).toBeCloseTo(-2 / 23, 12);
    expect(computeMeasure('AGREEMENT_INDEX', a, b, { weights }).value).toBe(0.7);
    expect(computeMeasure('S_SCORE', a, b, { weights }).value).toBeCloseTo(0, 12);
    expect(computeMeasure('SCOTT_PI', a, b).value).toBeCloseTo(7 / 27, 12);
    expect(computeMeasure('COHEN_KAPPA', a, b).value).toBeCloseTo(2 / 7, 12);
  });
});

describe('identical and opposite vectors', () => {
  /* x = y = (+1, 0, −1): Σ|x − y| = 0; p_o = 1; Cohen p_e = 3·(1·1)/9 = 1/3; Scott p_e = 3·(2/6)² = 1/3. */
  it('identical vectors agree fully on every measure', () => {
    const v = vector({ P1: 1, P2: 0, P3: -1 });
    expect(agreementIndex(v, v).value).toBe(1);
    expect(sScore(v, v).value).toBe(1);
    expect(scottPi(v, v).value).toBe(1);
    expect(cohenKappa(v, v).value).toBe(1);
    expect(weightedKappa(v, v).value).toBe(1);
  });

  /*
   * x = (+1, +1, +1), y = (−1, −1, −1): Σ|x − y| = 6, n = 3.
   * agreement index = 1 − 6/6 = 0; S = 1 − 12/6 = −1.
   * Cohen: a = (0, 0, 3), b = (3, 0, 0): p_e = 0, p_o = 0 → κ = 0 (each actor's own marginals
   *   already predict no agreement). Weighted κ: Σ w·N = 3·1, Σ w·a·b = 1·3·3 = 9 → 1 − 3·3/9 = 0.
   * Scott: pooled (3, 0, 3)/6 → p_e = 0.25 + 0.25 = 0.5 → π = (0 − 0.5)/(1 − 0.5) = −1.
   */
  it('constant opposite vectors: index 0, S −1, π −1, κ 0', () => {
    const x = vector({ P1: 1, P2: 1, P3: 1 });
    const y = vector({ P1: -1, P2: -1, P3: -1 });
    expect(agreementIndex(x, y).value).toBe(0);
    expect(sScore(x, y).value).toBe(-1);
    expect(scottPi(x, y).value).toBe(-1);
    expect(cohenKappa(x, y).value).toBe(0);
    expect(weightedKappa(x, y).value).toBe(0);
  });

  /*
   * x = (+1, −1), y = (−1, +1): Σ|x − y| = 4, n = 2 → index 0, S = −1.
   * a = b = (1, 0, 1): Cohen p_e = (1 + 1)/4 = 0.5, p_o = 0 → κ = −0.5/0.5 = −1; Scott the same.
   * Weighted κ: Σ w·N = 2; Σ w·a·b = 1·1 + 1·1 = 2 → 1 − 2·2/2 = −1.
   */
  it('crossed opposite vectors: every measure at its minimum −1 (index 0)', () => {
    const x = vector({ P1: 1, P2: -1 });
    const y = vector({ P1: -1, P2: 1 });
    expect(agreementIndex(x, y).value).toBe(0);
    expect(sScore(x, y).value).toBe(-1);
    expect(scottPi(x, y).value).toBe(-1);
    expect(cohenKappa(x, y).value).toBe(-1);
    expect(weightedKappa(x, y).value).toBe(-1);
  });
});

describe('undefined cases', () => {
  /* x = y = (+1, +1): everyone in one category, p_e = 1 for π and κ, 0/0. Index and S are 1. */
  it('p_e = 1: π, κ and weighted κ are null with a reason, index and S are defined', () => {
    const v = vector({ P1: 1, P2: 1 });
    const expected = {
      value: null,
      n: 2,
      reason: 'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE',
      positions: ['P1', 'P2'],
    };
    expect(scottPi(v, v)).toEqual(expected);
    expect(cohenKappa(v, v)).toEqual(expected);
    expect(weightedKappa(v, v)).toEqual(expected);
    expect(agreementIndex(v, v).value).toBe(1);
    expect(sScore(v, v).value).toBe(1);
  });

  it('p_e = 1 on a single shared neutral position', () => {
    const v = vector({ P1: 0 });
    expect(cohenKappa(v, v).reason).toBe('UNDEFINED_EXPECTED_AGREEMENT_IS_ONE');
  });

  it('n = 0: no common position gives null with NO_OVERLAP on every measure', () => {
    const x = vector({ P1: 1 });
    const y = vector({ P2: -1 });
    const expected = { value: null, n: 0, reason: 'NO_OVERLAP', positions: [] };
    for (const measure of [agreementIndex, sScore, scottPi, cohenKappa, weightedKappa]) {
      expect(measure(x, y)).toEqual(expected);
    }
  });

  it('n = 0 even with missing = NEUTRAL when neither actor addressed anything', () => {
    expect(sScore(new Map(), new Map(), { missing: 'NEUTRAL' })).toEqual({
      value: null,
      n: 0,
      reason: 'NO_OVERLAP',
      positions: [],
    });
  });

  it('weights all 0: S is null with ZERO_TOTAL_WEIGHT', () => {
    const v = vector({ P1: 1 });
    expect(sScore(v, v, { weights: new Map([['P1', 0]]) })).toEqual({
      value: null,
      n: 1,
      reason: 'ZERO_TOTAL_WEIGHT',
      positions: ['P1'],
    });
  });

  /* 0.5^1100 underflows to 0: only one-step disagreements, so Σ w·e = 0 and κ_w would be 0/0. */
  it('weighted κ whose weights underflow is null, not NaN', () => {
    const x = vector({ P1: 1, P2: 0 });
    const y = vector({ P1: 0, P2: 1 });
    expect(weightedKappa(x, y, { power: 1100 })).toEqual({
      value: null,
      n: 2,
      reason: 'UNDEFINED_EXPECTED_DISAGREEMENT_IS_ZERO',
      positions: ['P1', 'P2'],
    });
  });

  it('refuses a negative weight, a bad minOverlap and a bad power', () => {
    const v = vector({ P1: 1 });
    expect(() => sScore(v, v, { weights: new Map([['P1', -1]]) })).toThrow(RangeError);
    expect(() => sScore(v, v, { weights: new Map([['P1', Number.NaN]]) })).toThrow(RangeError);
    expect(() => agreementIndex(v, v, { minOverlap: 1.5 })).toThrow(RangeError);
    expect(() => agreementIndex(v, v, { minOverlap: -1 })).toThrow(RangeError);
    expect(() => weightedKappa(v, v, { power: -1 })).toThrow(RangeError);
    expect(() => weightedKappa(v, v, { power: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

/*
 *   position  P1  P2  P3  P4
 *   a         +1  +1  −1   ·
 *   b         +1  −1   ·   0
 *
 * EXCLUDE (P1, P2): |x − y| = 0, 2; Σ = 2, n = 2 → index 1 − 2/4 = 0.5, S = 1 − 4/4 = 0.
 *   κ: a = (0, 0, 2), b = (1, 0, 1): Σ a·b = 2, O = 1 → (2·1 − 2)/(4 − 2) = 0.
 * NEUTRAL (P1..P4, silence = 0): x = (+1, +1, −1, 0), y = (+1, −1, 0, 0)
 *   |x − y| = 0, 2, 1, 0; Σ = 3, n = 4 → index 1 − 3/8 = 0.625, S = 1 − 6/8 = 0.25.
 *   κ: a = (1, 1, 2), b = (1, 2, 1): Σ a·b = 1 + 2 + 2 = 5, O = 2 (P1, P4)
 *      → (4·2 − 5)/(16 − 5) = 3/11.
 *   π: pooled (2, 3, 3) over 8: Σ m² = 4 + 9 + 9 = 22 → (4·4·2 − 22)/(4·16 − 22) = 10/42 = 5/21.
 */
describe('missing positions', () => {
  const x = vector({ P1: 1, P2: 1, P3: -1 });
  const y = vector({ P1: 1, P2: -1, P4: 0 });

  it('EXCLUDE (the default) counts only the positions both addressed', () => {
    expect(agreementIndex(x, y)).toEqual({ value: 0.5, n: 2, positions: ['P1', 'P2'] });
    expect(agreementIndex(x, y, { missing: 'EXCLUDE' }).value).toBe(0.5);
    expect(sScore(x, y, { missing: 'EXCLUDE' }).value).toBe(0);
    expect(cohenKappa(x, y, { missing: 'EXCLUDE' }).value).toBe(0);
  });

  it('NEUTRAL counts silence as 0 over the positions either addressed', () => {
    const positions = ['P1', 'P2', 'P3', 'P4'];
    expect(agreementIndex(x, y, { missing: 'NEUTRAL' })).toEqual({ value: 0.625, n: 4, positions });
    expect(sScore(x, y, { missing: 'NEUTRAL' }).value).toBe(0.25);
    expect(cohenKappa(x, y, { missing: 'NEUTRAL' }).value).toBeCloseTo(3 / 11, 12);
    expect(scottPi(x, y, { missing: 'NEUTRAL' }).value).toBeCloseTo(5 / 21, 12);
  });

  /* Disjoint x = (P1 +1), y = (P2 −1): NEUTRAL compares (+1, 0) with (0, −1): Σ = 2, n = 2. */
  it('NEUTRAL gives a value where EXCLUDE has no overlap', () => {
    const p = vector({ P1: 1 });
    const q = vector({ P2: -1 });
    expect(agreementIndex(p, q).reason).toBe('NO_OVERLAP');
    expect(agreementIndex(p, q, { missing: 'NEUTRAL' }).value).toBe(0.5);
    expect(sScore(p, q, { missing: 'NEUTRAL' }).value).toBe(0);
  });
});

describe('minOverlap', () => {
  const x = vector({ P1: 1, P2: 1, P3: -1 });
  const y = vector({ P1: 1, P2: -1, P4: 0 });

  it('below it the value is null, with n and the positions still reported', () => {
    expect(sScore(x, y, { minOverlap: 3 })).toEqual({
      value: null,
      n: 2,
      reason: 'BELOW_MIN_OVERLAP',
      positions: ['P1', 'P2'],
    });
  });

  it('at it the value is given', () => {
    expect(sScore(x, y, { minOverlap: 2 }).value).toBe(0);
  });

  it('counts the NEUTRAL-filled positions toward it', () => {
    expect(sScore(x, y, { missing: 'NEUTRAL', minOverlap: 4 }).value).toBe(0.25);
    expect(sScore(x, y, { missing: 'NEUTRAL', minOverlap: 5 }).reason).toBe('BELOW_MIN_OVERLAP');
  });

  it('reports no overlap rather than too little when n = 0', () => {
    expect(sScore(vector({ P1: 1 }), vector({}), { minOverlap: 3 }).reason).toBe('NO_OVERLAP');
  });
});
