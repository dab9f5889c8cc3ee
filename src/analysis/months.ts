import { MODALITIES } from '../model/vocabulary';
import type { Act, Modality, Stance } from '../model/vocabulary';
import type { Bucket } from './buckets';
import { daysInMonth, requireIsoDay } from './dates';
import { compareStrings } from './order';
import {
  bucketCell,
  compareEvidence,
  countedObservations,
  dayStance,
  evidenceOf,
} from './timeline';
import type {
  BucketCell,
  DayStance,
  StanceCounts,
  StanceEvidence,
  StanceObservation,
} from './timeline';

/**
 * What one actor said on one position in one calendar month, in one modality. The graph keeps
 * these as :StanceMonth nodes (docs/model.md) so that a matrix reads at most one row per actor,
 * position and month instead of every statement since the beginning; this module says what they
 * hold and how a matrix is read from them, and is the reference the graph's copies are tested
 * against.
 */
export interface StanceMonth {
  readonly actorId: string;
  readonly positionId: string;
  readonly modality: Modality;
  /** YYYY-MM */
  readonly month: string;
  /** Distinct counted statements of the month that take each stance. */
  readonly supports: number;
  readonly opposes: number;
  readonly neutral: number;
  /** The month's last day with a counted stance, and that day's evidence. */
  readonly lastDay: string;
  readonly evidence: readonly StanceEvidence[];
}

/**
 * How the graph stores one piece of a month's evidence: "statementId quoteId stance act" in one
 * string (ids never hold white space), one list per node instead of four, which halves what a
 * matrix reads from the store.
 */
export function packEvidence(item: StanceEvidence): string {
  return `${item.statementId} ${item.quoteId} ${item.stance} ${item.act ?? UNSPECIFIED_ACT}`;
}

/** An act the source did not give, in a packed piece of evidence (never an act's name). */
const UNSPECIFIED_ACT = '-';

export function unpackEvidence(packed: string, date: string, modality: Modality): StanceEvidence {
  const [statementId, quoteId, stance, act] = packed.split(' ') as [string, string, Stance, string];
  return {
    statementId,
    quoteId,
    date,
    stance,
    act: act === UNSPECIFIED_ACT ? null : (act as Act),
    modality,
  };
}

export function monthOf(day: string): string {
  requireIsoDay(day, 'date');
  return day.slice(0, 7);
}

/** The summaries of every actor, position, modality and month the observations touch. */
export function summariseMonths(observations: readonly StanceObservation[]): StanceMonth[] {
  const groups = new Map<string, StanceObservation[]>();
  // Sorted by day, then evidence: each group's last items are its last day's, in evidence order.
  for (const observation of countedObservations(observations, { modalities: MODALITIES })) {
    const key = [
      observation.positionId,
      observation.actorId,
      observation.modality,
      monthOf(observation.date),
    ].join('\u001f');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [observation]);
    else group.push(observation);
  }
  const months: StanceMonth[] = [];
  for (const group of groups.values()) {
    const statements: Record<Stance, Set<string>> = {
      SUPPORTS: new Set(),
      OPPOSES: new Set(),
      NEUTRAL: new Set(),
    };
    for (const item of group) statements[item.stance].add(item.statementId);
    const last = group[group.length - 1]!;
    const { evidence } = dayStance(
      last.date,
      group.filter((item) => item.date === last.date).map(evidenceOf),
    );
    months.push({
      actorId: last.actorId,
      positionId: last.positionId,
      modality: last.modality,
      month: monthOf(last.date),
      supports: statements.SUPPORTS.size,
      opposes: statements.OPPOSES.size,
      neutral: statements.NEUTRAL.size,
      lastDay: last.date,
      evidence,
    });
  }
  return months.sort(compareMonths);
}

function compareMonths(a: StanceMonth, b: StanceMonth): number {
  return (
    compareStrings(a.positionId, b.positionId) ||
    compareStrings(a.actorId, b.actorId) ||
    compareStrings(a.modality, b.modality) ||
    compareStrings(a.month, b.month)
  );
}

/** Whether every bucket is made of whole calendar months, so month summaries can answer it. */
export function coversWholeMonths(buckets: readonly Bucket[]): boolean {
  return buckets.every((bucket) => {
    const from = requireIsoDay(bucket.from, `from of bucket ${bucket.key}`);
    const to = requireIsoDay(bucket.to, `to of bucket ${bucket.key}`);
    return from.day === 1 && to.day === daysInMonth(to.year, to.month);
  });
}

/**
 * The cells `bucketMatrix` gives for the same statements in one modality, read from month
 * summaries: the stance in force at a bucket's end is the last summarised day up to it, and the
 * counts of a bucket add up its months' (a statement has one date, so it falls in one month).
 * The buckets must cover whole months (see `coversWholeMonths`).
 */
export function monthMatrix(
  months: readonly StanceMonth[],
  actorIds: readonly string[],
  positionIds: readonly string[],
  buckets: readonly Bucket[],
  modality: Modality,
): BucketCell[] {
  if (!coversWholeMonths(buckets)) {
    throw new RangeError('monthMatrix needs buckets of whole calendar months');
  }
  const byPair = new Map<string, StanceMonth[]>();
  for (const month of months) {
    if (month.modality !== modality) continue;
    const key = `${month.actorId}\u001f${month.positionId}`;
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [month]);
    else list.push(month);
  }
  for (const list of byPair.values()) list.sort((a, b) => compareStrings(a.month, b.month));
  const cells: BucketCell[] = [];
  for (const actorId of actorIds) {
    for (const positionId of positionIds) {
      const list = byPair.get(`${actorId}\u001f${positionId}`) ?? [];
      cells.push(...pairCells(list, actorId, positionId, buckets));
    }
  }
  return cells;
}

/** One actor's cells on one position; `months` sorted, buckets in calendar order. */
function pairCells(
  months: readonly StanceMonth[],
  actorId: string,
  positionId: string,
  buckets: readonly Bucket[],
): BucketCell[] {
  const cells: BucketCell[] = [];
  let next = 0;
  let inForce: DayStance | null = null;
  for (const bucket of buckets) {
    const first = bucket.from.slice(0, 7);
    const last = bucket.to.slice(0, 7);
    const counts: { -readonly [K in keyof StanceCounts]: number } = {
      supports: 0,
      opposes: 0,
      neutral: 0,
    };
    // Months before the bucket only decide what is carried into it.
    for (; next < months.length && months[next]!.month < first; next += 1) {
      inForce = dayOf(months[next]!);
    }
    for (; next < months.length && months[next]!.month <= last; next += 1) {
      const month = months[next]!;
      counts.supports += month.supports;
      counts.opposes += month.opposes;
      counts.neutral += month.neutral;
      inForce = dayOf(month);
    }
    cells.push(bucketCell(actorId, positionId, bucket, inForce, counts));
  }
  return cells;
}

function dayOf(month: StanceMonth): DayStance {
  // The graph appends a later batch's evidence of the same day unsorted.
  const { evidence } = month;
  return dayStance(
    month.lastDay,
    evidence.length < 2 ? evidence : [...evidence].sort(compareEvidence),
  );
}
