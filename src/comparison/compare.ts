import {
  agreementOfCells,
  divergences as findDivergences,
  listBuckets,
  shifts,
  WEIGHTED_MEASURES,
} from '../analysis';
import { compareStrings } from '../analysis/order';
import type {
  BucketCell,
  Bucket,
  Divergence,
  Interval,
  Measure,
  MissingMode,
  PairAgreement,
  StanceBasis,
  StanceShifts,
} from '../analysis';
import { DiplographError, ErrorCode } from '../errors';
import type { Modality } from '../model/vocabulary';
import { loadCells } from './cells';
import { DEFAULT_MODALITIES, loadObservations } from './observations';
import type { QueryReader } from './query-reader';
import { withNamesResolved } from './names';
import {
  AGREEMENT,
  COMPARISON_LIMITS,
  DIVERGENCES,
  POSITION_HISTORY,
  POSITION_MATRIX,
} from './request';
import type { ComparisonOperation } from './request';
import type {
  AgreementInput,
  ComparisonInput,
  DivergenceInput,
  HistoryInput,
  PositionWeight,
} from './request';
import { limit, resolveActors, resolvePositions } from './scope';
import { LATEST_DAY, parseWindow } from './window';
import type { Window } from './window';

export interface PositionMatrix extends Window {
  readonly actors: readonly string[];
  readonly positions: readonly string[];
  readonly interval: Interval;
  readonly modalities: readonly Modality[];
  /** The moment the answer is as of; null: the present. */
  readonly asOf?: Date | null;
  readonly buckets: readonly Bucket[];
  /** Actor, then position, then bucket, in the order of the lists above. */
  readonly cells: readonly BucketCell[];
}

interface Scope extends Window {
  readonly actors: string[];
  readonly positions: string[];
  readonly buckets: Bucket[];
  readonly modalities: readonly Modality[];
  readonly asOf?: Date | null;
}

async function scopeOf<Input extends ComparisonInput>(
  read: QueryReader,
  operation: ComparisonOperation,
  given: Input,
  interval: Interval,
) {
  const window = parseWindow(given.from, given.to);
  const buckets = listBuckets(interval, window.from, window.to);
  const input = await withNamesResolved(read, operation, given);
  const actors = resolveActors(input.actors);
  const positions = await resolvePositions(read, input);
  limit('cells', actors.length * positions.length * buckets.length, COMPARISON_LIMITS.cells);
  const modalities = modalitiesOf(input.modalities);
  const asOf = input.asOf ?? null;
  const scope = { ...window, actors, positions, buckets, modalities, asOf } satisfies Scope;
  // The input too, its names made ids: the weights name positions as the other fields do.
  return { scope, input };
}

function modalitiesOf(modalities: readonly Modality[] | null | undefined): readonly Modality[] {
  return modalities && modalities.length > 0 ? [...new Set(modalities)] : DEFAULT_MODALITIES;
}

/**
 * Told a comparison's actors and positions once they are resolved and checked, before its cells
 * are read: the API loads their nodes meanwhile, a round-trip off the answer's path.
 */
export type ScopeListener = (scope: {
  readonly actors: readonly string[];
  readonly positions: readonly string[];
}) => void;

/** Per actor × position × bucket: the stance in force, carried or expressed, with evidence. */
export async function positionMatrix(
  read: QueryReader,
  input: ComparisonInput,
  onScope?: ScopeListener,
): Promise<PositionMatrix> {
  const interval = input.interval ?? POSITION_MATRIX.fields.interval.default;
  const { scope } = await scopeOf(read, POSITION_MATRIX, input, interval);
  onScope?.(scope);
  const cells = await loadCells(read, scope);
  return { ...scope, interval, cells };
}

export interface AgreementResult extends Omit<PositionMatrix, 'cells'> {
  readonly measure: Measure;
  readonly missing: MissingMode;
  readonly minOverlap: number;
  readonly basis: StanceBasis;
  /** Every pair of actors (in the order given) in every bucket. */
  readonly pairs: readonly PairAgreement[];
}

/** The measure for every pair of actors and bucket, with n, the positions and the evidence. */
export async function agreement(
  read: QueryReader,
  input: AgreementInput,
  onScope?: ScopeListener,
): Promise<AgreementResult> {
  const { fields } = AGREEMENT;
  const interval = input.interval ?? fields.interval.default;
  const { scope, input: resolved } = await scopeOf(read, AGREEMENT, input, interval);
  if (scope.actors.length < 2) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      'actors: agreement compares pairs; name at least two actors',
      { details: { field: 'actors' } },
    );
  }
  const measure = input.measure ?? fields.measure.default;
  const missing = input.missing ?? fields.missing.default;
  const minOverlap = input.minOverlap ?? fields.minOverlap.default;
  const basis = input.basis ?? fields.basis.default;
  const weights = checkedWeights(resolved.weights, measure, scope.positions);
  onScope?.(scope);
  const cells = await loadCells(read, scope);
  const pairs = agreementOfCells(cells, scope.actors, scope.positions, scope.buckets, {
    measure,
    missing,
    minOverlap,
    basis,
    modalities: scope.modalities,
    ...(weights ? { weights } : {}),
  });
  return { ...scope, interval, measure, missing, minOverlap, basis, pairs };
}

/** Weighted S: position id → weight ≥ 0 (the S scores only); positions not listed weigh 1. */
function checkedWeights(
  given: readonly PositionWeight[] | null | undefined,
  measure: Measure,
  positions: readonly string[],
): ReadonlyMap<string, number> | null {
  if (!given || given.length === 0) return null;
  const weights = new Map(given.map((w) => [w.position, w.weight]));
  const refuse = (message: string, position: string) =>
    new DiplographError(ErrorCode.BAD_ARGUMENT, `weights: ${message}`, {
      details: { field: 'weights', position },
    });
  if (!WEIGHTED_MEASURES.includes(measure)) {
    const weighted = WEIGHTED_MEASURES.join(' and ');
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, `weights: only ${weighted} are weighted`, {
      details: { field: 'weights', measure },
    });
  }
  for (const [position, weight] of weights) {
    if (!positions.includes(position)) throw refuse(`${position} is not compared`, position);
    if (!Number.isFinite(weight) || weight < 0) {
      throw refuse(`the weight of ${position} must be a number ≥ 0, got ${weight}`, position);
    }
  }
  return weights;
}

export interface PositionHistory extends StanceShifts {
  readonly actor: string;
  readonly position: string;
  readonly modalities: readonly Modality[];
  readonly asOf?: Date | null;
}

/** An actor's stances on one position in order, with each change of stance marked. */
export async function positionHistory(
  read: QueryReader,
  given: HistoryInput,
): Promise<PositionHistory> {
  const input = await withNamesResolved(read, POSITION_HISTORY, given);
  const [actor] = resolveActors([input.actor], 'actor');
  const [position] = await resolvePositions(read, { positions: [input.position] });
  const modalities = modalitiesOf(input.modalities);
  const asOf = input.asOf ?? null;
  const observations = await loadObservations(read, {
    actors: [actor!],
    positions: [position!],
    to: LATEST_DAY,
    modalities,
    asOf,
  });
  return {
    actor: actor!,
    position: position!,
    modalities,
    asOf,
    ...shifts(observations, actor!, position!, { modalities }),
  };
}

export interface DivergenceResult extends Window {
  readonly positions: readonly string[];
  readonly modalities: readonly Modality[];
  readonly asOf?: Date | null;
  readonly divergences: readonly Divergence[];
}

/** Pairs of actors holding opposite stances on one position within the window, with evidence. */
export async function divergences(
  read: QueryReader,
  given: DivergenceInput,
): Promise<DivergenceResult> {
  const window = parseWindow(given.from, given.to);
  const input = await withNamesResolved(read, DIVERGENCES, given);
  const named = input.actors && input.actors.length > 0 ? input.actors : null;
  const actors = named ? resolveActors(named) : null;
  const positions = await resolvePositions(read, input);
  const modalities = modalitiesOf(input.modalities);
  const asOf = input.asOf ?? null;
  const observations = await loadObservations(read, {
    actors,
    positions,
    to: window.to,
    modalities,
    asOf,
  });
  const speakers = actors ?? [...new Set(observations.map((o) => o.actorId))].sort(compareStrings);
  const found = findDivergences(observations, speakers, positions, window, {
    modalities,
    ...(input.expressedInWindow === undefined
      ? {}
      : { expressedInWindow: input.expressedInWindow }),
  });
  return { ...window, positions, modalities, asOf, divergences: found };
}
