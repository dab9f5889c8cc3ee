import type { Act, Modality, Stance } from '../model/vocabulary';
import type { Bucket } from './buckets';
import { requireIsoDay } from './dates';
import { compareStrings } from './order';

/** One TAKES_STANCE of a statement made on behalf of one actor (a joint statement gives several). */
export interface StanceObservation {
  readonly actorId: string;
  readonly positionId: string;
  readonly statementId: string;
  readonly quoteId: string;
  /** YYYY-MM-DD; a statement known only to the month or year is dated to the period's first day. */
  readonly date: string;
  readonly stance: Stance;
  /** null: the source does not say. */
  readonly act: Act | null;
  readonly modality: Modality;
  readonly retracted: boolean;
  readonly superseded: boolean;
}

export interface TimelineOptions {
  /**
   * The modalities that count. ASSERTED alone by default: a conditional red line or a hypothetical
   * is not a stance the actor holds now. Retracted and superseded statements never count.
   */
  readonly modalities?: readonly Modality[];
}

export interface StanceEvidence {
  readonly statementId: string;
  readonly quoteId: string;
  readonly date: string;
  readonly stance: Stance;
  /** null: the source does not say. */
  readonly act: Act | null;
  readonly modality: Modality;
}

/**
 * What an actor said on a position on one day. When that day's statements disagree (SUPPORTS in
 * one, OPPOSES in another, or both in one statement's two quotes) the day is `mixed` and has no
 * stance. Nothing in the data orders statements within a day — statement ids are content
 * hashes — so picking one (by id, by input order) would present an arbitrary choice as a fact;
 * a mixed day says plainly that the sources conflict and carries all of them as evidence.
 */
export interface DayStance {
  readonly date: string;
  /** Null exactly when `mixed`. */
  readonly stance: Stance | null;
  readonly mixed: boolean;
  /** Every counted stance of that day, sorted by statement, quote and act. */
  readonly evidence: readonly StanceEvidence[];
}

export interface BucketCell {
  readonly actorId: string;
  readonly positionId: string;
  readonly bucket: Bucket;
  /** The stance in force at the end of the bucket; null when none yet or when `mixed`. */
  readonly stance: Stance | null;
  readonly mixed: boolean;
  /** True when nothing was said in the bucket and the stance is an earlier one still in force. */
  readonly carried: boolean;
  /** The day of the statements behind `stance`, null when there is none. */
  readonly statedOn: string | null;
  /** The statements behind `stance` (all of `statedOn`'s, in a mixed case). */
  readonly evidence: readonly StanceEvidence[];
  /** Distinct statements dated in the bucket that take each stance. */
  readonly supports: number;
  readonly opposes: number;
  readonly neutral: number;
}

export interface Shift {
  readonly from: DayStance;
  readonly to: DayStance;
}

export interface StanceShifts {
  /** One entry per day on which the actor said something on the position, oldest first. */
  readonly stances: readonly DayStance[];
  /** Consecutive entries whose stance differs (a mixed day differs from any stance). */
  readonly shifts: readonly Shift[];
}

const DEFAULT_MODALITIES: readonly Modality[] = ['ASSERTED'];

/** The observations comparisons may use, in a deterministic order whatever the input order. */
export function countedObservations(
  observations: readonly StanceObservation[],
  options: TimelineOptions = {},
): StanceObservation[] {
  const modalities = new Set(options.modalities ?? DEFAULT_MODALITIES);
  const counted = observations.filter((observation) => {
    requireIsoDay(observation.date, `date of ${observation.statementId}`);
    return (
      !observation.retracted && !observation.superseded && modalities.has(observation.modality)
    );
  });
  return counted.sort(compareObservations);
}

function compareObservations(a: StanceObservation, b: StanceObservation): number {
  return compareStrings(a.date, b.date) || compareEvidence(a, b);
}

export function evidenceOf(observation: StanceObservation): StanceEvidence {
  const { statementId, quoteId, date, stance, act, modality } = observation;
  return { statementId, quoteId, date, stance, act, modality };
}

/** Sorted observations of one actor on one position → one DayStance per day. */
function dayStances(sorted: readonly StanceObservation[]): DayStance[] {
  const days: DayStance[] = [];
  let index = 0;
  while (index < sorted.length) {
    const date = sorted[index]!.date;
    const evidence: StanceEvidence[] = [];
    for (; index < sorted.length && sorted[index]!.date === date; index += 1) {
      evidence.push(evidenceOf(sorted[index]!));
    }
    days.push(dayStance(date, evidence));
  }
  return days;
}

/**
 * One day's counted stances → its DayStance. `evidence` must be sorted by `compareEvidence`; the
 * same stance read twice (a query row per reporting document, say) is one piece of evidence.
 */
export function dayStance(date: string, evidence: readonly StanceEvidence[]): DayStance {
  const distinct = evidence.filter(
    (item, index) => index === 0 || compareEvidence(evidence[index - 1]!, item) !== 0,
  );
  const stances = new Set(distinct.map((item) => item.stance));
  const only = stances.size === 1 ? distinct[0]!.stance : null;
  return { date, stance: only, mixed: only === null, evidence: distinct };
}

export function compareEvidence(a: StanceEvidence, b: StanceEvidence): number {
  return (
    compareStrings(a.statementId, b.statementId) ||
    compareStrings(a.quoteId, b.quoteId) ||
    compareStrings(a.act ?? '', b.act ?? '') ||
    compareStrings(a.stance, b.stance) ||
    compareStrings(a.modality, b.modality)
  );
}

/** actorId → positionId → that pair's days, oldest first. */
export type Timelines = ReadonlyMap<string, ReadonlyMap<string, readonly DayStance[]>>;

export function buildTimelines(
  observations: readonly StanceObservation[],
  options: TimelineOptions = {},
): Timelines {
  const grouped = new Map<string, Map<string, StanceObservation[]>>();
  for (const observation of countedObservations(observations, options)) {
    let byPosition = grouped.get(observation.actorId);
    if (byPosition === undefined) {
      byPosition = new Map();
      grouped.set(observation.actorId, byPosition);
    }
    const list = byPosition.get(observation.positionId);
    if (list === undefined) byPosition.set(observation.positionId, [observation]);
    else list.push(observation);
  }
  const timelines = new Map<string, Map<string, readonly DayStance[]>>();
  for (const [actorId, byPosition] of grouped) {
    const days = new Map<string, readonly DayStance[]>();
    for (const [positionId, list] of byPosition) days.set(positionId, dayStances(list));
    timelines.set(actorId, days);
  }
  return timelines;
}

export function timelineOf(
  timelines: Timelines,
  actorId: string,
  positionId: string,
): readonly DayStance[] {
  return timelines.get(actorId)?.get(positionId) ?? [];
}

/** Index of the first day after `date` (days sorted by date). */
function firstDayAfter(days: readonly DayStance[], date: string): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]!.date <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The last day at or before `date`, if any. */
export function dayInForce(days: readonly DayStance[], date: string): DayStance | null {
  const index = firstDayAfter(days, date) - 1;
  return index >= 0 ? days[index]! : null;
}

/**
 * The latest stance of the actor on the position dated at or before `date` (design §3): a
 * DayStance, mixed when that day's statements disagree; null when the actor had said nothing yet.
 */
export function stanceInForce(
  observations: readonly StanceObservation[],
  actorId: string,
  positionId: string,
  date: string,
  options: TimelineOptions = {},
): DayStance | null {
  requireIsoDay(date, 'date');
  const relevant = observations.filter(
    (observation) => observation.actorId === actorId && observation.positionId === positionId,
  );
  return dayInForce(timelineOf(buildTimelines(relevant, options), actorId, positionId), date);
}

/** Cells for every actor × position × bucket, in that nesting order. */
export function bucketMatrix(
  observations: readonly StanceObservation[],
  actorIds: readonly string[],
  positionIds: readonly string[],
  buckets: readonly Bucket[],
  options: TimelineOptions = {},
): BucketCell[] {
  for (const bucket of buckets) {
    requireIsoDay(bucket.from, `from of bucket ${bucket.key}`);
    requireIsoDay(bucket.to, `to of bucket ${bucket.key}`);
  }
  const timelines = buildTimelines(observations, options);
  const cells: BucketCell[] = [];
  for (const actorId of actorIds) {
    for (const positionId of positionIds) {
      const days = timelineOf(timelines, actorId, positionId);
      for (const bucket of buckets) cells.push(cellOf(days, actorId, positionId, bucket));
    }
  }
  return cells;
}

function cellOf(
  days: readonly DayStance[],
  actorId: string,
  positionId: string,
  bucket: Bucket,
): BucketCell {
  const end = firstDayAfter(days, bucket.to);
  const inForce = end > 0 ? days[end - 1]! : null;
  const statements: Record<Stance, Set<string>> = {
    SUPPORTS: new Set(),
    OPPOSES: new Set(),
    NEUTRAL: new Set(),
  };
  for (let index = end - 1; index >= 0 && days[index]!.date >= bucket.from; index -= 1) {
    for (const item of days[index]!.evidence) statements[item.stance].add(item.statementId);
  }
  return bucketCell(actorId, positionId, bucket, inForce, {
    supports: statements.SUPPORTS.size,
    opposes: statements.OPPOSES.size,
    neutral: statements.NEUTRAL.size,
  });
}

export type StanceCounts = Pick<BucketCell, 'supports' | 'opposes' | 'neutral'>;

/** A cell from the day in force at the bucket's end (null: nothing said yet) and its counts. */
export function bucketCell(
  actorId: string,
  positionId: string,
  bucket: Bucket,
  inForce: DayStance | null,
  counts: StanceCounts,
): BucketCell {
  const expressed = inForce !== null && inForce.date >= bucket.from;
  return {
    actorId,
    positionId,
    bucket,
    stance: inForce?.stance ?? null,
    mixed: inForce?.mixed ?? false,
    carried: inForce !== null && !expressed,
    statedOn: inForce?.date ?? null,
    evidence: inForce?.evidence ?? [],
    ...counts,
  };
}

/** The actor's stances on the position day by day, with each change of stance marked. */
export function shifts(
  observations: readonly StanceObservation[],
  actorId: string,
  positionId: string,
  options: TimelineOptions = {},
): StanceShifts {
  const relevant = observations.filter(
    (observation) => observation.actorId === actorId && observation.positionId === positionId,
  );
  const stances = timelineOf(buildTimelines(relevant, options), actorId, positionId);
  const found: Shift[] = [];
  for (let index = 1; index < stances.length; index += 1) {
    const from = stances[index - 1]!;
    const to = stances[index]!;
    if (!sameStance(from, to)) found.push({ from, to });
  }
  return { stances, shifts: found };
}

export function sameStance(a: DayStance, b: DayStance): boolean {
  return a.mixed === b.mixed && a.stance === b.stance;
}
