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

/** How many statements an actor speaks for, and how many statements there are. */
export interface ActorShare {
  statements: number;
  total: number;
}

/** What the statements page plans its start with (src/graphql/actor-shares.ts). */
export const actorShare = queryFile<ActorShare>('graphql/actor-share.cypher', {
  statements: true,
  total: true,
});
