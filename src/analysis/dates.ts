/**
 * Calendar days as ISO strings (YYYY-MM-DD), handled with integer arithmetic only: `Date` would
 * bring time zones and its 0–99 → 1900s year mapping into what is plain calendar counting.
 * Zero-padded ISO days sort as strings in calendar order, so comparisons are string comparisons.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Proleptic Gregorian, as ISO 8601 has it. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Undefined for anything but a real calendar day (2020-02-30, 2020-10-5 and 2020-10 are refused). */
export function parseIsoDay(text: string): CalendarDay | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDay(text: string): boolean {
  return parseIsoDay(text) !== undefined;
}

/** A malformed date is a caller's bug, not data to analyse: it would sort in the wrong place. */
export function requireIsoDay(text: string, what: string): CalendarDay {
  const parsed = parseIsoDay(text);
  if (parsed === undefined) {
    throw new RangeError(`${what} must be a calendar day YYYY-MM-DD, got ${JSON.stringify(text)}`);
  }
  return parsed;
}

export function formatIsoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function previousDay(text: string): string {
  const { year, month, day } = requireIsoDay(text, 'date');
  if (day > 1) return formatIsoDay(year, month, day - 1);
  if (month > 1) return formatIsoDay(year, month - 1, daysInMonth(year, month - 1));
  if (year === 0) throw new RangeError('0000-01-01 has no previous day in YYYY-MM-DD');
  return formatIsoDay(year - 1, 12, 31);
}
