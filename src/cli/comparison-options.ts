import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { INTERVALS, MEASURES, MISSING_MODES, STANCE_BASES } from '../analysis';
import type { Interval, Measure, MissingMode, StanceBasis } from '../analysis';
import { AS_OF_DOC, parseAsOf } from '../comparison/as-of';
import { MODALITIES } from '../model/vocabulary';
import type { Modality } from '../model/vocabulary';
import { cliName } from './format/text';

/**
 * Option values of the comparison commands. Enum-like values are written as on the command line
 * (`s-score`, `in-force`, `month`) and matched without regard to case, `-` or `_`, then mapped
 * to the service's strings (`S_SCORE`, `IN_FORCE`, `MONTH`). An unknown value is a usage error
 * (commander's InvalidArgumentError: exit 2) that lists what is allowed.
 */

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Charts (src/explorer/charts), drawn in Node: an SVG, one HTML file with the SVG inline, or a
 * PNG rasterised from the SVG.
 */
export const CHART_FORMATS = ['svg', 'html', 'png'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export type AnyFormat = OutputFormat | ChartFormat;

function normalized(value: string): string {
  return value.trim().toUpperCase().replace(/-/g, '_');
}

export function allowedText(allowed: readonly string[]): string {
  return allowed.map(cliName).join(', ');
}

function matchOne<T extends string>(allowed: readonly T[], value: string): T {
  const wanted = normalized(value);
  const found = allowed.find((candidate) => normalized(candidate) === wanted);
  if (found === undefined) {
    throw new InvalidArgumentError(`expected one of ${allowedText(allowed)}`);
  }
  return found;
}

/** A parser for one value of `allowed`, case-insensitive. */
export function oneOf<T extends string>(allowed: readonly T[]): (value: string) => T {
  return (value) => matchOne(allowed, value);
}

function split(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** A comma-separated list; repeating the option adds to it. */
export function commaList(value: string, previous?: string[]): string[] {
  return [...(previous ?? []), ...split(value)];
}

/** A comma-separated list of values of `allowed`; repeating the option adds to it. */
export function listOf<T extends string>(
  allowed: readonly T[],
): (value: string, previous?: T[]) => T[] {
  return (value, previous) => {
    const items = split(value);
    if (items.length === 0) {
      throw new InvalidArgumentError(`expected a comma-separated list of ${allowedText(allowed)}`);
    }
    return [...(previous ?? []), ...items.map((item) => matchOne(allowed, item))];
  };
}

export function wholeNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) {
    throw new InvalidArgumentError('expected a whole number ≥ 0');
  }
  return number;
}

export const parseInterval = oneOf<Interval>(INTERVALS);
export const parseMeasure = oneOf<Measure>(MEASURES);
export const parseMissing = oneOf<MissingMode>(MISSING_MODES);
export const parseBasis = oneOf<StanceBasis>(STANCE_BASES);
export const parseModalities = listOf<Modality>(MODALITIES);

/** `--format`, with the formats a command offers. */
export function formatOption(formats: readonly AnyFormat[]): Option {
  return new Option('--format <format>', `output format: ${formats.join(', ')}`)
    .argParser(oneOf(formats))
    .default('table', 'table');
}

/** `--as-of WHEN` outside the comparisons (search), as request.ts's `asOf` is on them. */
export function asOfOption(): Option {
  return new Option('--as-of <when>', `${AS_OF_DOC}. ${AS_OF_VALUES}`).argParser((value) =>
    parseAsOf(value, '--as-of'),
  );
}

/** What `--as-of` takes, in every command's help. */
export const AS_OF_VALUES = 'A date (its end, UTC) or an ISO date-time.';

/** `--out FILE`: where the output goes instead of stdout (written whole, or not at all). */
export function outOption(): Option {
  return new Option('--out <file>', 'write the output to this file instead of stdout');
}

/** Refuses (as a usage error) a comparison that names no positions at all. */
export function requirePositionScope(command: Command, options: object): void {
  const named = Object.entries(options).filter(([, value]) => value !== undefined);
  if (!named.some(([name]) => ['topic', 'positions', 'positionTypes'].includes(name))) {
    command.error(
      'error: name the positions to compare with --topic, --positions or --position-types',
    );
  }
}
