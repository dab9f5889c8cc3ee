import type { ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { cypher } from './cypher-files';
import { toPlain } from './plain-values';

/**
 * Every column a row type has, each named once: an object literal of this type must list every
 * key of `Row` and no other (TypeScript refuses both a missing and an extra key), so a column
 * renamed in the row type and not in the declaration, or the other way round, fails to compile.
 */
export type Columns<Row> = { readonly [K in keyof Row]-?: true };

/**
 * A query kept under cypher/ together with the row it returns: the one place where the driver's
 * untyped records become typed rows. That the file really returns exactly these columns is
 * checked against a real Neo4j for every declared query (tests/integration/neo4j/query-files).
 */
export interface QueryFile<Row extends RecordShape> {
  /** Path under cypher/, as an analyst finds it. */
  readonly file: string;
  /** Which of the file's forms this is, when the code sends it in several (`queryForms`). */
  readonly form?: string;
  readonly columns: Columns<Row>;
  /** The file's text, read once per process. */
  text(): string;
}

/** Every query declared in this process, for the column check. */
const declared = new Map<string, QueryFile<RecordShape>>();

function declare(query: QueryFile<RecordShape>): void {
  const name = queryName(query);
  if (declared.has(name)) throw new Error(`cypher/${name} is declared twice`);
  declared.set(name, query);
}

/** The file, and the form when the file has several: what the column check names. */
export function queryName(query: QueryFile<RecordShape>): string {
  return query.form === undefined ? query.file : `${query.file} (${query.form})`;
}

/**
 * Declares cypher/`file` and the row it returns. Declarations live in modules named
 * `*.queries.ts`, which the column check loads; a file is declared once.
 */
export function queryFile<Row extends RecordShape>(
  file: string,
  columns: Columns<Row>,
): QueryFile<Row> {
  const query: QueryFile<Row> = { file, columns, text: () => cypher(file) };
  declare(query);
  return query;
}

/** The forms of a file the code sends in several (see `queryForms`). */
export interface QueryForms<Row extends RecordShape, Shape> {
  readonly file: string;
  /** Every shape there is a form for. */
  readonly shapes: readonly Shape[];
  /** The form for `shape`; a shape that is not one of `shapes` is refused. */
  form(shape: Shape): QueryFile<Row>;
}

/**
 * Declares cypher/`file` sent in several forms, each derived from the file's text for one of
 * `shapes` (named by `name`), all with the same row. Every form is declared up front, so the
 * column check EXPLAINs every text the code can send, and nothing else can be sent.
 */
export function queryForms<Row extends RecordShape, Shape>(
  file: string,
  columns: Columns<Row>,
  forms: {
    shapes: readonly Shape[];
    name: (shape: Shape) => string;
    text: (fileText: string, shape: Shape) => string;
  },
): QueryForms<Row, Shape> {
  const byName = new Map<string, QueryFile<Row>>();
  for (const shape of forms.shapes) {
    const form = forms.name(shape);
    let text: string | undefined;
    const query: QueryFile<Row> = {
      file,
      form,
      columns,
      text: () => (text ??= forms.text(cypher(file), shape)),
    };
    declare(query);
    byName.set(form, query);
  }
  return {
    file,
    shapes: forms.shapes,
    form(shape) {
      const query = byName.get(forms.name(shape));
      if (query === undefined) throw new Error(`cypher/${file} has no form ${forms.name(shape)}`);
      return query;
    },
  };
}

export function declaredQueries(): readonly QueryFile<RecordShape>[] {
  return [...declared.values()];
}

/** The names of a query's columns, in the order they were declared. */
export function columnNames(query: QueryFile<RecordShape>): string[] {
  return Object.keys(query.columns);
}

/**
 * A result's rows as plain values (numbers, strings, lists, maps; temporals as ISO text). The
 * driver's `Record<Row>` already carries the row type; `toPlain` only converts values in place.
 */
export function rowsOf<Row extends RecordShape>(result: QueryResult<Row>): Row[] {
  return result.records.map((record) => {
    const row = record.toObject();
    const values: RecordShape = row;
    for (const key of Object.keys(values)) values[key] = toPlain(values[key]);
    return row;
  });
}

/** A declared query's rows, run inside a transaction the caller holds. */
export async function runInTransaction<Row extends RecordShape>(
  tx: ManagedTransaction,
  query: QueryFile<Row>,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  return rowsOf(await tx.run<Row>(query.text(), params));
}
