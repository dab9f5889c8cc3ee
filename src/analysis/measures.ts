import { compareStrings } from './order';
import type { StanceValue } from './stance-value';

/**
 * Agreement between two actors' stances on a set of positions. Formulas and references are in
 * docs/measures.md. Chance-corrected measures are computed from integer counts, so the
 * "expected agreement is one" case is detected exactly rather than as a float close to 1.
 */

export const MEASURES = [
  'AGREEMENT_INDEX',
  'S_SCORE',
  'S_SCORE_SQUARED',
  'SCOTT_PI',
  'COHEN_KAPPA',
  'WEIGHTED_KAPPA',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * EXCLUDE: only the positions both actors addressed. NEUTRAL: the positions either addressed,
 * silence counting as 0 — for when not speaking is itself a (non-)position.
 */
export const MISSING_MODES = ['EXCLUDE', 'NEUTRAL'] as const;
export type MissingMode = (typeof MISSING_MODES)[number];

export const UNDEFINED_REASONS = [
  'NO_OVERLAP',
  'BELOW_MIN_OVERLAP',
  'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE',
  'UNDEFINED_EXPECTED_DISAGREEMENT_IS_ZERO',
  'ZERO_TOTAL_WEIGHT',
] as const;
export type UndefinedReason = (typeof UNDEFINED_REASONS)[number];

/** positionId → the actor's stance on it; a position the actor did not address is absent. */
export type StanceVector = ReadonlyMap<string, StanceValue>;

export interface MeasureOptions {
  /** EXCLUDE by default. */
  readonly missing?: MissingMode;
  /** Fewer positions than this gives no value (BELOW_MIN_OVERLAP). 1 by default. */
  readonly minOverlap?: number;
}

export interface SScoreOptions extends MeasureOptions {
  /** positionId → weight ≥ 0; positions not listed weigh 1. */
  readonly weights?: ReadonlyMap<string, number>;
}

export interface WeightedKappaOptions extends MeasureOptions {
  /** Exponent p of the disagreement weights (|i − j| / 2)^p; 2 (quadratic) by default. */
  readonly power?: number;
}

export interface MeasureResult {
  /** Null when the measure is undefined for these data; never NaN or ±Infinity. */
  readonly value: number | null;
  /** How many positions were counted. */
  readonly n: number;
  /** Why `value` is null; absent when it is not. */
  readonly reason?: UndefinedReason;
  /** The positions counted, sorted. */
  readonly positions: readonly string[];
}

/** The largest |x − y| on the −1..+1 scale (Signorino and Ritter's d). */
const MAX_DISTANCE = 2;

interface Aligned {
  readonly positions: readonly string[];
  readonly x: readonly StanceValue[];
  readonly y: readonly StanceValue[];
}

function align(a: StanceVector, b: StanceVector, missing: MissingMode): Aligned {
  const ids =
    missing === 'EXCLUDE'
      ? [...a.keys()].filter((id) => b.has(id))
      : [...new Set([...a.keys(), ...b.keys()])];
  // Sorted so that the result, and float summation order, do not depend on insertion order.
  const positions = ids.sort(compareStrings);
  return {
    positions,
    x: positions.map((id) => a.get(id) ?? 0),
    y: positions.map((id) => b.get(id) ?? 0),
  };
}

/** The aligned vectors, or the null result that stops the computation. */
function prepare(
  a: StanceVector,
  b: StanceVector,
  options: MeasureOptions,
): Aligned | MeasureResult {
  const minOverlap = options.minOverlap ?? 1;
  if (!Number.isInteger(minOverlap) || minOverlap < 0) {
    throw new RangeError(`minOverlap must be a whole number ≥ 0, got ${minOverlap}`);
  }
  const aligned = align(a, b, options.missing ?? 'EXCLUDE');
  const n = aligned.positions.length;
  if (n === 0) return undefinedResult(aligned, 'NO_OVERLAP');
  if (n < minOverlap) return undefinedResult(aligned, 'BELOW_MIN_OVERLAP');
  return aligned;
}

function isResult(value: Aligned | MeasureResult): value is MeasureResult {
  return 'value' in value;
}

function undefinedResult(aligned: Aligned, reason: UndefinedReason): MeasureResult {
  return { value: null, n: aligned.positions.length, reason, positions: aligned.positions };
}

function definedResult(aligned: Aligned, value: number): MeasureResult {
  return { value, n: aligned.positions.length, positions: aligned.positions };
}

function totalDistance({ x, y }: Aligned): number {
  return x.reduce<number>((sum, value, index) => sum + Math.abs(value - y[index]!), 0);
}

/** Lijphart's index: 1 − Σ|x − y| / (n·d), in [0, 1]. */
export function agreementIndex(
  a: StanceVector,
  b: StanceVector,
  options: MeasureOptions = {},
): MeasureResult {
  const aligned = prepare(a, b, options);
  if (isResult(aligned)) return aligned;
  const scale = aligned.positions.length * MAX_DISTANCE;
  return definedResult(aligned, (scale - totalDistance(aligned)) / scale);
}

/**
 * Signorino and Ritter's S: 1 − 2·Σ w·|x − y| / (d·Σ w), in [−1, 1]; with every weight 1 this is
 * 1 − 2·Σ|x − y| / (n·d). Weights apply to S alone, as in its definition.
 */
export function sScore(
  a: StanceVector,
  b: StanceVector,
  options: SScoreOptions = {},
): MeasureResult {
  return weightedS(a, b, options, (x, y) => Math.abs(x - y), MAX_DISTANCE);
}

/**
 * S with squared distances (fpsim's `srs` with `dmeasure = "sqdist"`):
 * 1 − 2·Σ w·(x − y)² / (d²·Σ w), in [−1, 1]. A full disagreement costs four times a one-step one
 * instead of twice.
 */
export function sScoreSquared(
  a: StanceVector,
  b: StanceVector,
  options: SScoreOptions = {},
): MeasureResult {
  return weightedS(a, b, options, (x, y) => (x - y) ** 2, MAX_DISTANCE ** 2);
}

function weightedS(
  a: StanceVector,
  b: StanceVector,
  options: SScoreOptions,
  distance: (x: number, y: number) => number,
  maxDistance: number,
): MeasureResult {
  const aligned = prepare(a, b, options);
  if (isResult(aligned)) return aligned;
  const weights = aligned.positions.map((id) => weightOf(options.weights, id));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  if (totalWeight === 0) return undefinedResult(aligned, 'ZERO_TOTAL_WEIGHT');
  const weightedDistance = weights.reduce(
    (sum, weight, index) => sum + weight * distance(aligned.x[index]!, aligned.y[index]!),
    0,
  );
  return definedResult(aligned, 1 - (2 * weightedDistance) / (maxDistance * totalWeight));
}

function weightOf(weights: ReadonlyMap<string, number> | undefined, positionId: string): number {
  const weight = weights?.get(positionId) ?? 1;
  if (!Number.isFinite(weight) || weight < 0) {
    throw new RangeError(`weight of ${positionId} must be a finite number ≥ 0, got ${weight}`);
  }
  return weight;
}

/** Category counts in the order −1, 0, +1. */
function categoryCounts(values: readonly StanceValue[]): [number, number, number] {
  const counts: [number, number, number] = [0, 0, 0];
  for (const value of values) counts[(value + 1) as 0 | 1 | 2] += 1;
  return counts;
}

function observedAgreements({ x, y }: Aligned): number {
  return x.filter((value, index) => value === y[index]).length;
}

/**
 * Scott's π with marginals pooled over both actors. With O agreements and pooled counts m_c over
 * the 2n values, p_o = O/n and p_e = Σ m_c² / 4n², so π = (4nO − Σ m_c²) / (4n² − Σ m_c²).
 */
export function scottPi(
  a: StanceVector,
  b: StanceVector,
  options: MeasureOptions = {},
): MeasureResult {
  const aligned = prepare(a, b, options);
  if (isResult(aligned)) return aligned;
  const n = aligned.positions.length;
  const ca = categoryCounts(aligned.x);
  const cb = categoryCounts(aligned.y);
  const pooledSquares = ca.reduce((sum, count, c) => sum + (count + cb[c]!) ** 2, 0);
  const scale = 4 * n * n;
  if (pooledSquares === scale)
    return undefinedResult(aligned, 'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE');
  const agreements = observedAgreements(aligned);
  return definedResult(aligned, (4 * n * agreements - pooledSquares) / (scale - pooledSquares));
}

/**
 * Cohen's κ with each actor's own marginals. With counts a_c, b_c, p_e = Σ a_c·b_c / n², so
 * κ = (nO − Σ a_c·b_c) / (n² − Σ a_c·b_c).
 */
export function cohenKappa(
  a: StanceVector,
  b: StanceVector,
  options: MeasureOptions = {},
): MeasureResult {
  const aligned = prepare(a, b, options);
  if (isResult(aligned)) return aligned;
  const n = aligned.positions.length;
  const expected = expectedAgreementCount(aligned);
  if (expected === n * n) return undefinedResult(aligned, 'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE');
  const agreements = observedAgreements(aligned);
  return definedResult(aligned, (n * agreements - expected) / (n * n - expected));
}

/** n²·p_e under Cohen's marginals. */
function expectedAgreementCount(aligned: Aligned): number {
  const ca = categoryCounts(aligned.x);
  const cb = categoryCounts(aligned.y);
  return ca.reduce((sum, count, c) => sum + count * cb[c]!, 0);
}

/**
 * Cohen's weighted κ: 1 − Σ w_ij·o_ij / Σ w_ij·e_ij with disagreement weights
 * w_ij = (|i − j| / d)^p off the diagonal and 0 on it (so p = 0 gives the unweighted κ).
 * With o_ij = N_ij / n and e_ij = a_i·b_j / n², κ_w = 1 − n·Σ w·N / Σ w·a·b.
 */
export function weightedKappa(
  a: StanceVector,
  b: StanceVector,
  options: WeightedKappaOptions = {},
): MeasureResult {
  const power = options.power ?? 2;
  if (!Number.isFinite(power) || power < 0) {
    throw new RangeError(`power must be a finite number ≥ 0, got ${power}`);
  }
  const aligned = prepare(a, b, options);
  if (isResult(aligned)) return aligned;
  const n = aligned.positions.length;
  if (expectedAgreementCount(aligned) === n * n) {
    return undefinedResult(aligned, 'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE');
  }
  const weight = (i: number, j: number): number =>
    i === j ? 0 : (Math.abs(i - j) / MAX_DISTANCE) ** power;
  const observed = aligned.x.reduce<number>(
    (sum, value, index) => sum + weight(value, aligned.y[index]!),
    0,
  );
  const ca = categoryCounts(aligned.x);
  const cb = categoryCounts(aligned.y);
  let expected = 0;
  for (let i = 0; i < 3; i += 1) {
    for (let j = 0; j < 3; j += 1) expected += weight(i, j) * ca[i]! * cb[j]!;
  }
  // Reachable only when a huge p underflows every weight for one step of the scale to 0.
  if (expected === 0) return undefinedResult(aligned, 'UNDEFINED_EXPECTED_DISAGREEMENT_IS_ZERO');
  return definedResult(aligned, 1 - (n * observed) / expected);
}

/** The measures that take position weights: the two S scores, as in their definition. */
export const WEIGHTED_MEASURES: readonly Measure[] = ['S_SCORE', 'S_SCORE_SQUARED'];

/** The measure by its GraphQL name; `weights` count for the S scores only. */
export function computeMeasure(
  measure: Measure,
  a: StanceVector,
  b: StanceVector,
  options: SScoreOptions = {},
): MeasureResult {
  switch (measure) {
    case 'AGREEMENT_INDEX':
      return agreementIndex(a, b, options);
    case 'S_SCORE':
      return sScore(a, b, options);
    case 'SCOTT_PI':
      return scottPi(a, b, options);
    case 'COHEN_KAPPA':
      return cohenKappa(a, b, options);
    case 'S_SCORE_SQUARED':
      return sScoreSquared(a, b, options);
    case 'WEIGHTED_KAPPA':
      // Quadratic, as fpsim's cohenk; position weights do not apply to κ.
      return weightedKappa(a, b, { missing: options.missing, minOverlap: options.minOverlap });
  }
}
