import type { Database } from '../neo4j/database';
import { cypher } from '../neo4j/cypher-files';
import { toPlain } from '../neo4j/plain-values';

/**
 * Runs one query from cypher/ and gives its rows as plain values. The comparison functions take
 * this instead of a Database so that the API can pass its per-request reader (which counts
 * round-trips) and the CLI a plain one.
 */
export type QueryReader = (
  file: string,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

export function databaseReader(db: Database): QueryReader {
  return async (file, params) => {
    const result = await db.read(cypher(file), params);
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  };
}
