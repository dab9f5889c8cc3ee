import type { RecordShape } from 'neo4j-driver';
import type { Database } from '../neo4j/database';
import type { QueryFile } from '../neo4j/query-file';

/**
 * Runs one declared query (comparison.queries.ts) and gives its rows, typed. The comparison
 * functions take this instead of a Database so that the API can pass its per-request reader
 * (which counts round-trips) and the CLI a plain one.
 */
export type QueryReader = <Row extends RecordShape>(
  query: QueryFile<Row>,
  params: Record<string, unknown>,
) => Promise<Row[]>;

export function databaseReader(db: Database): QueryReader {
  return (query, params) => db.rows(query, params);
}
