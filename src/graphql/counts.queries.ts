import { queryFile } from '../neo4j/query-file';

/** A connection's totalCount: one number, counted only when the operation asks for it. */
export interface TotalRow {
  total: number;
}

export const statementsCount = queryFile<TotalRow>('graphql/statements-count.cypher', {
  total: true,
});
export const actorsCount = queryFile<TotalRow>('graphql/actors-count.cypher', { total: true });
export const positionsCount = queryFile<TotalRow>('graphql/positions-count.cypher', {
  total: true,
});
export const topicsCount = queryFile<TotalRow>('graphql/topics-count.cypher', { total: true });
export const searchCount = queryFile<TotalRow>('graphql/search-count.cypher', { total: true });
