import { queryFile } from '../neo4j/query-file';

/** A query that returns no row: its columns are `{}`. */
export type NoRow = Record<never, never>;

/** What count-in-stance-months.cypher counts: a statement, for one position and actor or all. */
export interface CountedStance {
  statementId: string;
  positionId?: string;
  actorId?: string;
}

/**
 * Month summaries of statements of the graph (status changes, migration 005), made and added by
 * the lines of add-to-stance-months.cypher, which it includes.
 */
export const countInStanceMonths = queryFile<NoRow>('statements/count-in-stance-months.cypher', {});

/**
 * Adds statements given as parameters to the month summaries: the lines ingestion runs on each
 * batch it writes (included by cypher/ingest/write-10-statements.cypher), on their own.
 */
export const addToStanceMonths = queryFile<NoRow>('statements/add-to-stance-months.cypher', {});
