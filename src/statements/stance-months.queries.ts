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
 * Month summaries of statements of the graph, counted in Cypher (status changes, migration 005)
 * and added by the lines of add-to-stance-months.cypher, which it includes.
 */
export const countInStanceMonths = queryFile<NoRow>('statements/count-in-stance-months.cypher', {});

/** Adds summaries of new statements to the months (ingestion; src/ingest/write/stance-month-rows). */
export const addToStanceMonths = queryFile<NoRow>('statements/add-to-stance-months.cypher', {});
