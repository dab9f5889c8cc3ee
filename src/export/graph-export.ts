import type { Writable } from 'node:stream';
import type { Database } from '../neo4j/database';
import { gexfWriter } from './gexf';
import { actorStanceEdge, edgeOf, graphSchema, nodeOf } from './graph-format';
import type { GraphWriter } from './graph-format';
import {
  actorStances,
  graphKeys,
  graphNodes,
  graphRelationships,
  sliceNodes,
  sliceRelationships,
} from './graph.queries';
import { graphmlWriter } from './graphml';
import { isWhole, sliceParams } from './slice';
import type { Slice } from './slice';
import { textSink } from './sink';
import { streamRows } from './stream-rows';

export const GRAPH_FORMATS = ['graphml', 'gexf'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const WRITERS: Record<GraphFormat, () => GraphWriter> = {
  graphml: graphmlWriter,
  gexf: gexfWriter,
};

export interface GraphExportCounts {
  readonly nodes: number;
  /** The graph's own relationships. */
  readonly relationships: number;
  /** The derived ACTOR_STANCE edges. */
  readonly actorStances: number;
}

/**
 * The graph, or a slice of it, as GraphML or GEXF. The attribute keys are read first (a format
 * declares them before any node), then nodes, relationships and actors' stances are streamed
 * straight to `out`, so memory does not grow with the graph.
 */
export async function exportGraphXml(
  db: Database,
  format: GraphFormat,
  slice: Slice,
  out: Writable,
): Promise<GraphExportCounts> {
  const writer = WRITERS[format]();
  const write = textSink(out);
  const params = sliceParams(slice);
  const keys = [];
  for await (const row of streamRows(db, graphKeys, params)) keys.push(row);
  await write(writer.begin(graphSchema(keys)));
  let nodes = 0;
  const whole = isWhole(slice);
  for await (const row of streamRows(db, whole ? graphNodes : sliceNodes, params)) {
    await write(writer.node(nodeOf(row)));
    nodes += 1;
  }
  await write(writer.between());
  let edges = 0;
  for await (const row of streamRows(db, whole ? graphRelationships : sliceRelationships, params)) {
    await write(writer.edge(edgeOf(row), edges));
    edges += 1;
  }
  const relationships = edges;
  for await (const row of streamRows(db, actorStances, params)) {
    await write(writer.edge(actorStanceEdge(row), edges));
    edges += 1;
  }
  await write(writer.end());
  return { nodes, relationships, actorStances: edges - relationships };
}
