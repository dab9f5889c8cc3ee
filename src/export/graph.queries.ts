import { queryFile } from '../neo4j/query-file';

/**
 * The queries behind the GraphML, GEXF and CSV exports (cypher/export/graph-*, slice-*,
 * actor-stances, csv-*). Rows are streamed (stream-rows.ts), never collected.
 */

export interface GraphKeyRow {
  of: 'node' | 'edge';
  key: string;
  /** Cypher's valueType() of the values seen, e.g. `STRING NOT NULL`, `LIST<STRING NOT NULL> NOT NULL`. */
  types: string[];
}

export const graphKeys = queryFile<GraphKeyRow>('export/graph-keys.cypher', {
  of: true,
  key: true,
  types: true,
});

export interface GraphNodeRow {
  id: string | null;
  labels: string[];
  properties: Record<string, unknown>;
}

const NODE_COLUMNS = { id: true, labels: true, properties: true } as const;
export const graphNodes = queryFile<GraphNodeRow>('export/graph-nodes.cypher', NODE_COLUMNS);
export const sliceNodes = queryFile<GraphNodeRow>('export/slice-nodes.cypher', NODE_COLUMNS);

export interface GraphEdgeRow {
  source: string | null;
  target: string | null;
  type: string;
  properties: Record<string, unknown>;
  /** The statement's date on a TAKES_STANCE; null on other relationships. */
  date: string | null;
}

const EDGE_COLUMNS = {
  source: true,
  target: true,
  type: true,
  properties: true,
  date: true,
} as const;
export const graphRelationships = queryFile<GraphEdgeRow>(
  'export/graph-relationships.cypher',
  EDGE_COLUMNS,
);
export const sliceRelationships = queryFile<GraphEdgeRow>(
  'export/slice-relationships.cypher',
  EDGE_COLUMNS,
);

export interface ActorStanceRow {
  source: string;
  target: string;
  statement: string;
  stance: string;
  act: string | null;
  modality: string;
  date: string;
  status: string | null;
}

export const actorStances = queryFile<ActorStanceRow>('export/actor-stances.cypher', {
  source: true,
  target: true,
  statement: true,
  stance: true,
  act: true,
  modality: true,
  date: true,
  status: true,
});

export interface StatementCsvRow {
  id: string;
  date: string;
  datePrecision: string;
  kind: string | null;
  speakers: string[];
  actors: string[];
  topics: string[];
  summary: string | null;
  language: string | null;
  location: string | null;
  documents: string[];
  status: string | null;
}

export const csvStatements = queryFile<StatementCsvRow>('export/csv-statements.cypher', {
  id: true,
  date: true,
  datePrecision: true,
  kind: true,
  speakers: true,
  actors: true,
  topics: true,
  summary: true,
  language: true,
  location: true,
  documents: true,
  status: true,
});

export interface StanceCsvRow {
  statement: string;
  date: string;
  speakers: string[];
  actors: string[];
  position: string;
  type: string;
  stance: string;
  act: string | null;
  modality: string;
  quote: string | null;
  status: string | null;
}

export const csvStances = queryFile<StanceCsvRow>('export/csv-stances.cypher', {
  statement: true,
  date: true,
  speakers: true,
  actors: true,
  position: true,
  type: true,
  stance: true,
  act: true,
  modality: true,
  quote: true,
  status: true,
});

export interface ActorCsvRow {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  partOf: string | null;
}

export const csvActors = queryFile<ActorCsvRow>('export/csv-actors.cypher', {
  id: true,
  kind: true,
  name: true,
  aliases: true,
  wikidataId: true,
  partOf: true,
});

export interface PositionCsvRow {
  id: string;
  type: string;
  label: string;
  subjects: string[];
  qualifier: string | null;
}

export const csvPositions = queryFile<PositionCsvRow>('export/csv-positions.cypher', {
  id: true,
  type: true,
  label: true,
  subjects: true,
  qualifier: true,
});

export interface QuoteCsvRow {
  id: string;
  statement: string;
  ref: string;
  text: string;
}

export const csvQuotes = queryFile<QuoteCsvRow>('export/csv-quotes.cypher', {
  id: true,
  statement: true,
  ref: true,
  text: true,
});
