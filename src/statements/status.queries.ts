import { queryFile } from '../neo4j/query-file';
import type { CountedStance } from './stance-months.queries';

/** The statement whose status a change asked for, and its status before (null: it counted). */
export interface StatusChangeRow {
  id: string;
  before: string | null;
}

export const retract = queryFile<StatusChangeRow>('statements/retract.cypher', {
  id: true,
  before: true,
});

export const supersede = queryFile<StatusChangeRow>('statements/supersede.cypher', {
  id: true,
  before: true,
});

export const emptyStanceMonths = queryFile<{ counted: Required<CountedStance>[] }>(
  'statements/empty-stance-months.cypher',
  { counted: true },
);
