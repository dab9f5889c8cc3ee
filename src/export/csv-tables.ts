import { stringify } from 'csv-stringify/sync';
import type { RecordShape } from 'neo4j-driver';
import type { Writable } from 'node:stream';
import type { Database } from '../neo4j/database';
import type { QueryFile } from '../neo4j/query-file';
import { csvActors, csvPositions, csvQuotes, csvStances, csvStatements } from './graph.queries';
import type {
  ActorCsvRow,
  PositionCsvRow,
  QuoteCsvRow,
  StanceCsvRow,
  StatementCsvRow,
} from './graph.queries';
import { sliceParams } from './slice';
import type { Slice } from './slice';
import { PendingFiles, textSink } from './sink';
import { streamRows } from './stream-rows';

/**
 * `export --format csv`: tidy tables, one file each, one row per thing, one column per variable,
 * for R and pandas. Each table's columns are defined here once, with what they mean: the export
 * writes them and the README's column dictionary is generated from them
 * (scripts/generate-export-docs.mjs). Lists are joined with `;`; a missing value is empty. Rows
 * and lists come in a fixed order (ids; speakers as given), so the same graph exports the same
 * bytes from any store.
 */

export const LIST_SEPARATOR = ';';

type Cell = string | number | boolean | null | readonly string[];

export interface CsvColumn<Row> {
  readonly name: string;
  readonly doc: string;
  readonly value: (row: Row) => Cell;
}

export interface CsvTableSpec<Row extends RecordShape> {
  /** The file is `<name>.csv`. */
  readonly name: string;
  readonly doc: string;
  readonly query: QueryFile<Row>;
  readonly columns: readonly CsvColumn<Row>[];
}

/** A table as the export and the docs use it, whatever its row. */
export interface CsvTable {
  readonly name: string;
  readonly doc: string;
  readonly columns: readonly { readonly name: string; readonly doc: string }[];
  /** Streams the table's rows to `out`; the number of rows. */
  write(db: Database, params: Record<string, unknown>, out: Writable): Promise<number>;
}

function csvTable<Row extends RecordShape>(spec: CsvTableSpec<Row>): CsvTable {
  return {
    name: spec.name,
    doc: spec.doc,
    columns: spec.columns.map(({ name, doc }) => ({ name, doc })),
    async write(db, params, out) {
      const write = textSink(out);
      await write(csvLine(spec.columns.map((column) => column.name)));
      let rows = 0;
      for await (const row of streamRows(db, spec.query, params)) {
        await write(csvLine(spec.columns.map((column) => column.value(row))));
        rows += 1;
      }
      return rows;
    },
  };
}

/** A column that is the row's field of the same name. */
function field<Row, K extends keyof Row & string>(
  name: K,
  doc: string,
): CsvColumn<Row> & { value: (row: Row) => Cell } {
  return { name, doc, value: (row) => row[name] as Cell };
}

const STATUS_DOC = 'RETRACTED or SUPERSEDED; empty while the statement stands';

const STATEMENTS = csvTable<StatementCsvRow>({
  name: 'statements',
  doc: 'One row per statement, by id',
  query: csvStatements,
  columns: [
    field('id', 'The statement id'),
    field('date', 'The date, YYYY-MM-DD: the first day of the month or year when less is known'),
    field('datePrecision', 'DAY, MONTH or YEAR: how much of `date` is known'),
    field('kind', 'The kind of statement (speech, communiqué …) as coded'),
    field('speakers', 'The persons who made it (actor ids), in the order given'),
    field('actors', 'The actors it was made on behalf of (ids)'),
    field('topics', 'The topics it concerns (ids)'),
    field('summary', 'The coder’s summary'),
    field('language', 'The language of the original'),
    field('location', 'Where it was made'),
    field('documents', 'The documents that report it (ids)'),
    field('status', STATUS_DOC),
  ],
});

const STANCES = csvTable<StanceCsvRow>({
  name: 'stances',
  doc: 'One row per stance a statement takes on a position, by statement, then position',
  query: csvStances,
  columns: [
    field('statement', 'The statement id (statements.csv)'),
    field('date', 'The statement’s date'),
    field('speakers', 'The persons who made the statement (actor ids), in the order given'),
    field('actors', 'The actors it was made on behalf of (ids): whose stance it is'),
    field('position', 'The position id (positions.csv)'),
    field('type', 'The position’s type'),
    field('stance', 'SUPPORTS, OPPOSES or NEUTRAL'),
    field('act', 'The speech act (e.g. DEMANDS, WELCOMES); empty when not coded'),
    field('modality', 'ASSERTED, CONDITIONAL, HYPOTHETICAL or NEGATED'),
    field('quote', 'The verbatim quote that carries the stance'),
    field('status', STATUS_DOC),
  ],
});

const ACTORS = csvTable<ActorCsvRow>({
  name: 'actors',
  doc: 'One row per actor, by id (in a slice: those who made its statements or for whom they were made)',
  query: csvActors,
  columns: [
    field('id', 'The actor id (ISO 3166 alpha-3 for states)'),
    field('kind', 'STATE, PERSON, ORGANIZATION or AUTHORITY'),
    field('name', 'The name'),
    field('aliases', 'Other names'),
    field('wikidataId', 'The Wikidata item, when known'),
    field('partOf', 'The actor it is part of (id)'),
  ],
});

const POSITIONS = csvTable<PositionCsvRow>({
  name: 'positions',
  doc: 'One row per position, by id (in a slice: those its statements take a stance on)',
  query: csvPositions,
  columns: [
    field('id', 'The position id'),
    field('type', 'The position type (`diplograph position-types`)'),
    field('label', 'The position in words'),
    field('subjects', 'What it is about, in order (actor, place or topic ids)'),
    field('qualifier', 'What tells it apart from others of the same type and subjects'),
  ],
});

const QUOTES = csvTable<QuoteCsvRow>({
  name: 'quotes',
  doc: 'One row per quote of a statement, by statement, then ref (a text two statements quote appears for each)',
  query: csvQuotes,
  columns: [
    field('id', 'The quote id (a hash of the normalised text)'),
    field('statement', 'The statement that quotes it'),
    field('ref', 'The statement’s name for the quote'),
    field('text', 'The verbatim text'),
  ],
});

/** Every table, in the order the README lists them. */
export const CSV_TABLES: readonly CsvTable[] = [STATEMENTS, STANCES, ACTORS, POSITIONS, QUOTES];

function cellText(value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** One CSV record, RFC 4180 quoting (csv-stringify). */
export function csvLine(cells: readonly Cell[]): string {
  return stringify([cells.map(cellText)]);
}

/**
 * Writes every table into `directory` (created if need be), streaming each query's rows. The
 * files appear only when all are complete. Returns the rows written per table.
 */
export async function exportCsvTables(
  db: Database,
  slice: Slice,
  directory: string,
): Promise<Record<string, number>> {
  const params = sliceParams(slice);
  const files = new PendingFiles();
  const counts: Record<string, number> = {};
  try {
    for (const table of CSV_TABLES) {
      counts[table.name] = await table.write(
        db,
        params,
        await files.open(directory, `${table.name}.csv`),
      );
    }
    await files.commit();
  } catch (error) {
    await files.abandon();
    throw error;
  }
  return counts;
}
