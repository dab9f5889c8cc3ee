/**
 * Dates as sources give them: a day, a month or only a year. The precision is kept beside the
 * date (stored as the first day of the period), so "October 2020" never turns into 1 October.
 */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export interface PartialDate {
  /** ISO yyyy-mm-dd of the first day of the period. */
  date: string;
  precision: DatePrecision;
  /** As written: 2020-10-05, 2020-10 or 2020. */
  text: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Undefined for anything that is not a real calendar date (2020-02-30, 2020-13). */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  const mm = String(month ?? 1).padStart(2, '0');
  const dd = String(day ?? 1).padStart(2, '0');
  return {
    date: `${match[1]}-${mm}-${dd}`,
    precision: day !== undefined ? 'DAY' : month !== undefined ? 'MONTH' : 'YEAR',
    text,
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
