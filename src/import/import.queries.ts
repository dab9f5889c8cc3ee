import { queryFile } from '../neo4j/query-file';
import type { NoRow } from '../statements/stance-months.queries';

/** A property as the snapshot queries give it: its value and Neo4j's name of its type. */
export interface TypedProperty {
  key: string;
  value: unknown;
  /** valueType(): 'STRING NOT NULL', 'LIST<STRING NOT NULL> NOT NULL', … */
  type: string;
}

export const ingestedNodes = queryFile<{ nodes: number }>('import/ingested-nodes.cypher', {
  nodes: true,
});

export const snapshotNodes = queryFile<{
  elementId: string;
  labels: string[];
  properties: TypedProperty[];
}>('import/snapshot-nodes.cypher', { elementId: true, labels: true, properties: true });

export const snapshotRelationships = queryFile<{
  startId: string;
  endId: string;
  type: string;
  properties: TypedProperty[];
}>('import/snapshot-relationships.cypher', {
  startId: true,
  endId: true,
  type: true,
  properties: true,
});

export const schemaConstraints = queryFile<{ statement: string }>(
  'import/schema-constraints.cypher',
  { statement: true },
);

export const schemaIndexes = queryFile<{ statement: string }>('import/schema-indexes.cypher', {
  statement: true,
});

export const setEmptyLists = queryFile<NoRow>('import/empty-lists.cypher', {});

export const awaitIndexes = queryFile<NoRow>('import/await-indexes.cypher', {});
