import { daysInMonth, formatIsoDay, requireIsoDay } from './dates';

export const INTERVALS = ['MONTH', 'QUARTER', 'YEAR', 'NONE'] as const;
export type Interval = (typeof INTERVALS)[number];

/** A span of calendar days, both ends included. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

export interface Bucket extends DateWindow {
  /** '2020-10' (MONTH), '2020-Q4' (QUARTER), '2020' (YEAR) or 'all' (NONE). */
  readonly key: string;
}

export const WHOLE_WINDOW_KEY = 'all';

/** A calendar period as a count from year 0, so that stepping to the next one is `+ 1`. */
interface Period {
  readonly index: number;
  readonly perYear: number;
}

const PERIODS_PER_YEAR: Readonly<Record<Exclude<Interval, 'NONE'>, number>> = {
  MONTH: 12,
  QUARTER: 4,
  YEAR: 1,
};

function periodContaining(interval: Exclude<Interval, 'NONE'>, date: string): Period {
  const { year, month } = requireIsoDay(date, 'date');
  const perYear = PERIODS_PER_YEAR[interval];
  const monthsPerPeriod = 12 / perYear;
  return { index: year * perYear + Math.floor((month - 1) / monthsPerPeriod), perYear };
}

function periodBucket({ index, perYear }: Period): Bucket {
  const year = Math.floor(index / perYear);
  const withinYear = index % perYear;
  const monthsPerPeriod = 12 / perYear;
  const firstMonth = withinYear * monthsPerPeriod + 1;
  const lastMonth = firstMonth + monthsPerPeriod - 1;
  const yyyy = String(year).padStart(4, '0');
  const key =
    perYear === 12
      ? `${yyyy}-${String(firstMonth).padStart(2, '0')}`
      : perYear === 4
        ? `${yyyy}-Q${withinYear + 1}`
        : yyyy;
  return {
    key,
    from: formatIsoDay(year, firstMonth, 1),
    to: formatIsoDay(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/**
 * The buckets covering `from`..`to`, in order. The first and last are clipped to the window: a
 * bucket never reaches past what was asked for, so "the stance in force at the end of the bucket"
 * can never be read from statements after the window's end.
 */
export function listBuckets(interval: Interval, from: string, to: string): Bucket[] {
  requireIsoDay(from, 'from');
  requireIsoDay(to, 'to');
  if (from > to) throw new RangeError(`from (${from}) is after to (${to})`);
  if (interval === 'NONE') return [{ key: WHOLE_WINDOW_KEY, from, to }];
  const first = periodContaining(interval, from);
  const last = periodContaining(interval, to);
  const buckets: Bucket[] = [];
  for (let index = first.index; index <= last.index; index += 1) {
    const period = periodBucket({ index, perYear: first.perYear });
    buckets.push({
      key: period.key,
      from: period.from < from ? from : period.from,
      to: period.to > to ? to : period.to,
    });
  }
  return buckets;
}

/** The key of the calendar period a day falls in ('all' for NONE). */
export function bucketKey(interval: Interval, date: string): string {
  if (interval === 'NONE') {
    requireIsoDay(date, 'date');
    return WHOLE_WINDOW_KEY;
  }
  return periodBucket(periodContaining(interval, date)).key;
}

/** The bucket of a list that holds `date`, if any (a day outside every bucket has none). */
export function findBucket<B extends DateWindow>(
  buckets: readonly B[],
  date: string,
): B | undefined {
  requireIsoDay(date, 'date');
  return buckets.find((bucket) => isInWindow(bucket, date));
}

export function isInWindow(window: DateWindow, date: string): boolean {
  return window.from <= date && date <= window.to;
}
