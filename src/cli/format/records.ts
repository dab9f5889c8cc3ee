import { csvText } from './csv';
import type { CsvValue } from './csv';
import { jsonText, textOf } from './text';

/** How the listing commands (actors, topics, positions, search) print their rows. */
export const RECORD_FORMATS = ['table', 'json', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** One column: its header and the value of a row in it (lists joined with `; `). */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => CsvValue | readonly string[];
}

function cell(value: CsvValue | readonly string[]): CsvValue {
  return Array.isArray(value) ? value.join('; ') : (value as CsvValue);
}

/** Aligned columns, a header first; a long last column runs on. Empty: a line saying so. */
function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[], empty: string): string {
  if (rows.length === 0) return `${empty}\n`;
  const texts = rows.map((row) => columns.map((c) => String(cell(c.value(row)) ?? '')));
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...texts.map((t) => t[i]!.length)),
  );
  const line = (parts: readonly string[]) =>
    parts.map((part, i) => (i === parts.length - 1 ? part : part.padEnd(widths[i]!))).join('  ');
  return textOf([line(columns.map((c) => c.header)), ...texts.map(line)]);
}

/**
 * Rows as a table (ids with their labels beside them), JSON (the rows as the service gives
 * them) or CSV (the table's columns, RFC 4180).
 */
export function recordsText<Row>(
  format: RecordFormat,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  empty: string,
): string {
  if (format === 'json') return jsonText(rows);
  if (format === 'csv') {
    return csvText(
      columns.map((c) => c.header),
      rows.map((row) => columns.map((c) => cell(c.value(row)))),
    );
  }
  return table(columns, rows, empty);
}
