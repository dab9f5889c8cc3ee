import { queryFile } from '../neo4j/query-file';

/** A query that returns no row: its columns are `{}`. */
export type NoRow = Record<never, never>;

/** What count-in-stance-months.cypher counts: a statement, for one position and actor or all. */
export interface CountedStance {
  statementId: string;
  positionId?: string;
  actorId?: string;
}

/** The one Cypher source of month summaries (ingestion, status changes, migration 005). */
export const countInStanceMonths = queryFile<NoRow>('statements/count-in-stance-months.cypher', {});
