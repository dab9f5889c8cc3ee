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
  readonly columns: Columns<Row>;
  /** The file's text, read once per process. */
  text(): string;
}

/** Every query declared in this process, for the column check. */
const declared = new Map<string, QueryFile<RecordShape>>();

/**
 * Declares cypher/`file` and the row it returns. Declarations live in modules named
 * `*.queries.ts`, which the column check loads; a file is declared once.
 */
export function queryFile<Row extends RecordShape>(
  file: string,
  columns: Columns<Row>,
): QueryFile<Row> {
  const query: QueryFile<Row> = { file, columns, text: () => cypher(file) };
  if (declared.has(file)) throw new Error(`cypher/${file} is declared twice`);
  declared.set(file, query);
  return query;
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
