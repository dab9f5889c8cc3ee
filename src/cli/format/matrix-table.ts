import type { BucketCell } from '../../analysis';
import type { PositionMatrix } from '../../comparison';
import type { Stance } from '../../model/vocabulary';
import { intervalText, textOf, windowText } from './text';

/**
 * `diplograph compare` as a table: one block per position, a row per actor, a column per
 * bucket. Symbols are ASCII so that columns line up in any terminal and survive any pipe.
 */

export const STANCE_SYMBOLS: Readonly<Record<Stance, string>> = {
  SUPPORTS: '+',
  OPPOSES: '-',
  NEUTRAL: '0',
};
/** The statements of the day in force disagree: no stance can be read. */
export const MIXED_SYMBOL = '*';
/** Nothing said on the position yet (by the end of the bucket). */
export const NOTHING_SYMBOL = '.';

export const MATRIX_LEGEND =
  "legend: + supports  - opposes  0 neutral  * mixed (one day's statements disagree)  " +
  '. none yet  (+) carried from before the bucket';

/** Wide enough for most terminals; the command passes the terminal's width when it has one. */
export const DEFAULT_TABLE_WIDTH = 120;

const GAP = '  ';

export interface MatrixTableOptions {
  /**
   * The widest a line may be. Buckets that do not fit wrap: the block of a position goes on with
   * the next buckets under a new header row (60 months at 120 columns: 6 rows of 11 or 12).
   */
  readonly width?: number;
}

/** `+`, `-`, `0`, `*` or `.` centred in three characters; a carried stance in parentheses. */
export function cellSymbol(cell: BucketCell): string {
  const symbol = cell.mixed
    ? MIXED_SYMBOL
    : cell.stance === null
      ? NOTHING_SYMBOL
      : STANCE_SYMBOLS[cell.stance];
  return cell.carried ? `(${symbol})` : ` ${symbol} `;
}

function centre(text: string, width: number): string {
  const left = Math.floor((width - text.length) / 2);
  return `${' '.repeat(Math.max(0, left))}${text}`.padEnd(width);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

export function formatMatrixTable(
  matrix: PositionMatrix,
  options: MatrixTableOptions = {},
): string {
  const width = options.width ?? DEFAULT_TABLE_WIDTH;
  const lines = [
    `${windowText(matrix.from, matrix.to)} ${intervalText(matrix.interval)}; ` +
      `modalities ${matrix.modalities.join(', ')}`,
    MATRIX_LEGEND,
  ];
  if (matrix.positions.length === 0) {
    lines.push('', 'no positions in scope');
    return textOf(lines);
  }
  const cells = new Map<string, BucketCell>();
  const keyOf = (actor: string, position: string, bucket: string) =>
    JSON.stringify([actor, position, bucket]);
  for (const cell of matrix.cells) {
    cells.set(keyOf(cell.actorId, cell.positionId, cell.bucket.key), cell);
  }
  const labelWidth = Math.max(...matrix.actors.map((actor) => actor.length));
  const columnWidth = Math.max(3, ...matrix.buckets.map((bucket) => bucket.key.length));
  const perLine = Math.max(1, Math.floor((width - labelWidth) / (GAP.length + columnWidth)));
  for (const position of matrix.positions) {
    lines.push('', position);
    for (const buckets of chunks(matrix.buckets, perLine)) {
      lines.push(
        ' '.repeat(labelWidth) +
          buckets.map((bucket) => GAP + centre(bucket.key, columnWidth)).join(''),
      );
      for (const actor of matrix.actors) {
        const row = buckets.map((bucket) => {
          const cell = cells.get(keyOf(actor, position, bucket.key));
          return GAP + centre(cell === undefined ? '' : cellSymbol(cell), columnWidth);
        });
        lines.push(actor.padEnd(labelWidth) + row.join(''));
      }
    }
  }
  return textOf(lines);
}
