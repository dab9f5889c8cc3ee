import type { Interval, StanceEvidence } from '../../analysis';
import { EARLIEST_DAY, LATEST_DAY } from '../../comparison/window';

/** The statements behind some evidence, each once, in the evidence's order (sorted by statement). */
export function statementIds(evidence: readonly StanceEvidence[]): string[] {
  return [...new Set(evidence.map((item) => item.statementId))];
}

/** `2020-09-01 to 2020-12-31`; an open end (the service's 0001-01-01 / 9999-12-31) reads `…`. */
export function windowText(from: string, to: string): string {
  const start = from === EARLIEST_DAY ? '…' : from;
  const end = to === LATEST_DAY ? '…' : to;
  return `${start} to ${end}`;
}

export function intervalText(interval: Interval): string {
  return interval === 'NONE' ? 'as one bucket' : `by ${interval.toLowerCase()}`;
}

/** Lines joined with a final newline, trailing spaces removed (alignment padding included). */
export function textOf(lines: readonly string[]): string {
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}

/** Pretty JSON, as `--format json` prints it: the service's object, key order as built. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** How a service enum value is written on the command line: S_SCORE → s-score. */
export function cliName(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}
