import neo4j from 'neo4j-driver';
import type { Logger } from '../config/logger';
import type { Database } from '../neo4j/database';
import type { QueryFile } from '../neo4j/query-file';
import { migrationChecksum } from './migration-files';

/**
 * A data migration: a step whose values only TypeScript computes (hashes of what a record
 * holds), so a .cypher file cannot make them. It is numbered with the Cypher migrations,
 * applied in the same order and recorded the same way (:Migration), once.
 *
 * `run` works in pages and commits each, so a graph of any size fits in memory and an
 * interrupted run has kept what it finished; it must be idempotent: a run that failed half-way
 * is run again whole (it is recorded only when it has finished), and finds nothing left to do
 * where it had done it.
 */
export interface DataMigration {
  version: number;
  /** Lower case, underscores: as a Cypher migration's file name. */
  name: string;
  /** Runs the step to its end; returns how many records it changed. */
  run(db: Database, log: Logger): Promise<number>;
}

/** The name it is recorded and reported by: NNN_name.ts (its module is src/migrations/data/). */
export function dataMigrationFile(step: DataMigration): string {
  return `${String(step.version).padStart(3, '0')}_${step.name}.ts`;
}

/**
 * A data migration's code is not a text a graph could be checked against (it compiles, it is
 * reformatted); its checksum stands for its name: changing what a step does is a new step.
 */
export function dataMigrationChecksum(step: DataMigration): string {
  return migrationChecksum(`data migration ${dataMigrationFile(step)}`);
}

/** Rows read a page at a time: what a step holds in memory, however large the graph. */
export const PAGE_SIZE = 1000;

/**
 * Hands `work` the rows of `query` a page at a time, in id order: the query takes $after (the
 * last id of the page before, '' at first) and $limit, and returns rows by id ascending.
 */
export async function forEachPage<Row extends { id: string }>(
  db: Database,
  query: QueryFile<Row>,
  work: (rows: Row[]) => Promise<void>,
  pageSize: number = PAGE_SIZE,
): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await db.rows(query, { after, limit: neo4j.int(pageSize) });
    if (rows.length > 0) await work(rows);
    const last = rows.at(-1);
    if (rows.length < pageSize || last === undefined) return;
    after = last.id;
  }
}
