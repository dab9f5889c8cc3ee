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
  const basis = options.basis ?? 'IN_FORCE';
  // Each actor's row of a bucket is compared with every other actor's: build it, its vector and
  // its mixed flags once per actor and bucket, not once per pair.
  const rows = actors.map((_, i) =>
    buckets.map((_, k) => {
      const cellsOfRow = positions.map(
        (_, p) => cells[(i * positions.length + p) * buckets.length + k]!,
      );
      return {
        cells: cellsOfRow,
        vector: vectorOf(cellsOfRow, basis),
        mixed: cellsOfRow.map((cell) => isMixed(cell, basis)),
      };
    }),
  );
  const positionIndex = new Map(positions.map((positionId, index) => [positionId, index]));
  const results: PairAgreement[] = [];
  for (let i = 0; i < actors.length; i += 1) {
    for (let j = i + 1; j < actors.length; j += 1) {
      buckets.forEach((bucket, k) => {
        const a = rows[i]![k]!;
        const b = rows[j]![k]!;
        const result = computeMeasure(options.measure, a.vector, b.vector, options);
        // The two lists are made when read: an answer that asks for the scores alone (a chart of
        // 2,700 pairs) then makes none of their 50,000 objects.
        results.push({
          actorA: actors[i]!,
          actorB: actors[j]!,
          bucket,
          measure: options.measure,
          result,
          get comparisons() {
            return result.positions.map((positionId) => {
              const index = positionIndex.get(positionId)!;
              return { positionId, a: a.cells[index]!, b: b.cells[index]! };
            });
          },
          get mixedPositions() {
            return positions.filter((_, p) => a.mixed[p] || b.mixed[p]);
          },
        });
      });
    }
  }
  return results;
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
