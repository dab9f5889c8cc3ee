import { daysInMonth, formatIsoDay, parseIsoDay } from '../analysis/dates';
import { DiplographError, ErrorCode } from '../errors';

/** Open ends of a window: the whole record, whatever its dates. */
export const EARLIEST_DAY = '0001-01-01';
export const LATEST_DAY = '9999-12-31';

const PARTIAL = /^(\d{4})(?:-(\d{2}))?$/;

/**
 * A window end as analysts write it: a day (2020-09-15), a month (2020-09) or a year (2020).
 * A month or year starts the window on its first day and ends it on its last, so
 * `--from 2020-09 --to 2020-12` covers September to December whole.
 */
export function windowDay(text: string, end: 'from' | 'to'): string {
  const trimmed = text.trim();
  if (parseIsoDay(trimmed)) return trimmed;
  const match = PARTIAL.exec(trimmed);
  const year = match ? Number(match[1]) : NaN;
  const month = match?.[2] === undefined ? undefined : Number(match[2]);
  if (!match || year < 1 || (month !== undefined && (month < 1 || month > 12))) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      `${end} must be a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), got ${JSON.stringify(text)}`,
      { details: { field: end, value: text } },
    );
  }
  if (end === 'from') return formatIsoDay(year, month ?? 1, 1);
  const lastMonth = month ?? 12;
  return formatIsoDay(year, lastMonth, daysInMonth(year, lastMonth));
}

export interface Window {
  readonly from: string;
  readonly to: string;
}

/** Either end may be left open; an inverted window is refused rather than read as empty. */
export function parseWindow(
  from: string | null | undefined,
  to: string | null | undefined,
): Window {
  const window = {
    from: from == null ? EARLIEST_DAY : windowDay(from, 'from'),
    to: to == null ? LATEST_DAY : windowDay(to, 'to'),
  };
  if (window.from > window.to) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      `the window starts (${window.from}) after it ends (${window.to})`,
      { details: { field: 'from', from: window.from, to: window.to } },
    );
  }
  return window;
}
