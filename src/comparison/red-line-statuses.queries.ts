import { queryFile } from '../neo4j/query-file';
import type { RedLineStatus } from '../model/vocabulary';

/** A red line's status as one statement reported it, on the statement's date. */
export interface RedLineStatusRow {
  date: string;
  status: RedLineStatus;
  statementId: string;
  quoteId: string;
  /** Actor ids: who declared, restated, invoked or declared it crossed. */
  by: string[];
}

export interface RedLineStatusesRow {
  id: string;
  /** Oldest first (by date, then statement id); retracted and superseded statements left out. */
  statuses: RedLineStatusRow[];
}

/** Read by the redLines comparison and by `RedLine.statuses` in GraphQL. Params: $ids. */
export const redLineStatuses = queryFile<RedLineStatusesRow>('queries/red-line-statuses.cypher', {
  id: true,
  statuses: true,
});
