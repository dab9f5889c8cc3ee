import { queryFile } from '../../neo4j/query-file';

export interface GraphStatsRow {
  kind: 'label' | 'relationship';
  name: string;
  count: number;
}

export const graphStats = queryFile<GraphStatsRow>('queries/graph-stats.cypher', {
  kind: true,
  name: true,
  count: true,
});
