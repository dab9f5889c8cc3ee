import { bucketMatrix, coversWholeMonths, monthMatrix, unpackEvidence } from '../analysis';
import type { Bucket, BucketCell, StanceMonth } from '../analysis';
import type { Modality } from '../model/vocabulary';
import { loadObservations } from './observations';
import { stanceMonths } from './comparison.queries';
import type { QueryReader } from './query-reader';

export interface CellScope {
  readonly actors: readonly string[];
  readonly positions: readonly string[];
  readonly buckets: readonly Bucket[];
  /** The window's last day. */
  readonly to: string;
  readonly modalities: readonly Modality[];
  /** As the graph stood at this instant; the present if null or left out. */
  readonly asOf?: Date | null;
}

/**
 * Every actor × position × bucket cell of a scope. Month summaries answer when the buckets are
 * whole months and one modality counts, which is the common case and reads at most one row per
 * actor, position and month; otherwise the statements themselves are read. Both give the same
 * cells (tests/unit/analysis/months.test.ts, tests/integration/comparison). The summaries hold
 * the present only, so a request as of an earlier moment reads the statements (their recorded
 * and status times say what was known then; docs/benchmarks.md measures the cost).
 */
export async function loadCells(read: QueryReader, scope: CellScope): Promise<BucketCell[]> {
  return monthsCanAnswer(scope) ? cellsFromMonths(read, scope) : cellsFromStatements(read, scope);
}

export function monthsCanAnswer(scope: CellScope): boolean {
  return scope.asOf == null && scope.modalities.length === 1 && coversWholeMonths(scope.buckets);
}

export async function cellsFromStatements(
  read: QueryReader,
  scope: CellScope,
): Promise<BucketCell[]> {
  const observations = await loadObservations(read, scope);
  return bucketMatrix(observations, scope.actors, scope.positions, scope.buckets, {
    modalities: scope.modalities,
  });
}

export async function cellsFromMonths(read: QueryReader, scope: CellScope): Promise<BucketCell[]> {
  const [modality] = scope.modalities;
  if (scope.modalities.length !== 1 || modality === undefined) {
    throw new RangeError('month summaries are kept per modality: name exactly one');
  }
  const months = await loadMonths(read, scope, modality);
  return monthMatrix(months, scope.actors, scope.positions, scope.buckets, modality);
}

/** cypher/queries/stance-months.cypher */
async function loadMonths(
  read: QueryReader,
  scope: CellScope,
  modality: Modality,
): Promise<StanceMonth[]> {
  const [first] = scope.buckets;
  if (scope.actors.length === 0 || scope.positions.length === 0 || first === undefined) return [];
  const rows = await read(stanceMonths, {
    actors: scope.actors,
    positions: scope.positions,
    modality,
    fromMonth: first.from.slice(0, 7),
    toMonth: scope.to.slice(0, 7),
  });
  return rows.flatMap((row) =>
    row.months.map((month, index) => {
      const lastDay = row.lastDays[index]!;
      return {
        actorId: row.actorId,
        positionId: row.positionId,
        modality,
        month,
        supports: row.supports[index]!,
        opposes: row.opposes[index]!,
        neutral: row.neutral[index]!,
        lastDay,
        evidence: row.evidence[index]!.map((item) => unpackEvidence(item, lastDay, modality)),
      };
    }),
  );
}
