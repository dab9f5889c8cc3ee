import { queryFile } from '../neo4j/query-file';

/** A query that returns no row: its columns are `{}`. */
export type NoRow = Record<never, never>;

/** What count-in-stance-months.cypher counts: one standing stance, for one actor it speaks for. */
export interface StanceMonthObservation {
  positionId: string;
  actorId: string;
  modality: string;
  /** 'YYYY-MM-DD'. */
  day: string;
  statementId: string;
  quoteId: string;
  stance: string;
  act: string;
}

/** The one Cypher source of month summaries (ingestion, status changes, migration 005). */
export const countInStanceMonths = queryFile<NoRow>('statements/count-in-stance-months.cypher', {});
