import type { Bucket } from './buckets';
import { computeMeasure } from './measures';
import type { Measure, MeasureResult, SScoreOptions, StanceVector } from './measures';
import { stanceValue } from './stance-value';
import type { StanceValue } from './stance-value';
import { bucketMatrix } from './timeline';
import type { BucketCell, StanceObservation, TimelineOptions } from './timeline';

/**
 * Which stance of a bucket is compared.
 * IN_FORCE (default): the stance in force at the end of the bucket, carried or not — the design's
 * "stance of A on P at time t", so two actors are compared on what each held at the same moment,
 * and a bucket in which one of them kept silent still compares their standing positions.
 * EXPRESSED: only stances stated within the bucket — for asking what was said in that period.
 */
export const STANCE_BASES = ['IN_FORCE', 'EXPRESSED'] as const;
export type StanceBasis = (typeof STANCE_BASES)[number];

export interface AgreementOptions extends TimelineOptions, SScoreOptions {
  readonly measure: Measure;
  readonly basis?: StanceBasis;
}

/**
 * One counted position: each actor's cell, with the statements behind its stance. Under EXPRESSED
 * a carried cell was not compared (it counted as missing); its `carried` flag shows that.
 */
export interface PositionComparison {
  readonly positionId: string;
  readonly a: BucketCell;
  readonly b: BucketCell;
}

export interface PairAgreement {
  readonly actorA: string;
  readonly actorB: string;
  readonly bucket: Bucket;
  readonly measure: Measure;
  readonly result: MeasureResult;
  /** The evidence for every position in `result.positions`, in that order. */
  readonly comparisons: readonly PositionComparison[];
  /**
   * Positions where an actor's statements of one day conflict: no stance can be read, so they
   * are treated as not addressed (and, with missing = NEUTRAL, as 0).
   */
  readonly mixedPositions: readonly string[];
}

/** The measure for every pair of actors (in the order given) in every bucket. */
export function agreementByBucket(
  observations: readonly StanceObservation[],
  actorIds: readonly string[],
  positionIds: readonly string[],
  buckets: readonly Bucket[],
  options: AgreementOptions,
): PairAgreement[] {
  const actors = [...new Set(actorIds)];
  const positions = [...new Set(positionIds)];
  const cells = bucketMatrix(observations, actors, positions, buckets, options);
  return agreementOfCells(cells, actors, positions, buckets, options);
}

/**
 * The same from a matrix already built (by `bucketMatrix` or `monthMatrix`): `cells` holds every
 * actor × position × bucket in that nesting order, actors and positions without repeats.
 */
export function agreementOfCells(
  cells: readonly BucketCell[],
  actors: readonly string[],
  positions: readonly string[],
  buckets: readonly Bucket[],
  options: AgreementOptions,
): PairAgreement[] {
  if (cells.length !== actors.length * positions.length * buckets.length) {
    throw new RangeError(
      `agreementOfCells: ${cells.length} cells for ${actors.length} actors × ${positions.length} positions × ${buckets.length} buckets`,
    );
  }
  const cellAt = (actorIndex: number, positionIndex: number, bucketIndex: number): BucketCell =>
    cells[(actorIndex * positions.length + positionIndex) * buckets.length + bucketIndex]!;
  const basis = options.basis ?? 'IN_FORCE';
  const results: PairAgreement[] = [];
  for (let i = 0; i < actors.length; i += 1) {
    for (let j = i + 1; j < actors.length; j += 1) {
      buckets.forEach((bucket, k) => {
        const rowA = positions.map((_, p) => cellAt(i, p, k));
        const rowB = positions.map((_, p) => cellAt(j, p, k));
        results.push(compareRows(actors[i]!, actors[j]!, bucket, rowA, rowB, basis, options));
      });
    }
  }
  return results;
}

function compareRows(
  actorA: string,
  actorB: string,
  bucket: Bucket,
  rowA: readonly BucketCell[],
  rowB: readonly BucketCell[],
  basis: StanceBasis,
  options: AgreementOptions,
): PairAgreement {
  const result = computeMeasure(
    options.measure,
    vectorOf(rowA, basis),
    vectorOf(rowB, basis),
    options,
  );
  const byPosition = new Map(rowA.map((cell, index) => [cell.positionId, index]));
  const comparisons = result.positions.map((positionId) => {
    const index = byPosition.get(positionId)!;
    return { positionId, a: rowA[index]!, b: rowB[index]! };
  });
  const mixedPositions = rowA
    .filter((cell, index) => isMixed(cell, basis) || isMixed(rowB[index]!, basis))
    .map((cell) => cell.positionId);
  return {
    actorA,
    actorB,
    bucket,
    measure: options.measure,
    result,
    comparisons,
    mixedPositions,
  };
}

/** Whether the cell's content is within the basis (a carried stance is outside EXPRESSED). */
function withinBasis(cell: BucketCell, basis: StanceBasis): boolean {
  return basis === 'IN_FORCE' || !cell.carried;
}

function isMixed(cell: BucketCell, basis: StanceBasis): boolean {
  return cell.mixed && withinBasis(cell, basis);
}

function vectorOf(row: readonly BucketCell[], basis: StanceBasis): StanceVector {
  const vector = new Map<string, StanceValue>();
  for (const cell of row) {
    if (cell.stance !== null && withinBasis(cell, basis)) {
      vector.set(cell.positionId, stanceValue(cell.stance));
    }
  }
  return vector;
}
