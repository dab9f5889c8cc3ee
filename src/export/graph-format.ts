import type { ActorStanceRow, GraphEdgeRow, GraphKeyRow, GraphNodeRow } from './graph.queries';

/**
 * What the GraphML and GEXF writers share: the attributes they declare, the text of a value, and
 * the shape of a writer. Nodes carry `labels` (the Neo4j labels, `:`-joined), `label` (what Gephi
 * shows: the node's label, name or title, else its id) and every property of the exported nodes.
 * Edges carry `type` (the relationship type), their properties, and on stances the statement's
 * `date`; an actor's stance (ACTOR_STANCE, derived: the statement's stance as the stance of each
 * actor it was made on behalf of) carries `statement` and `status` too.
 */

export type AttributeType = 'string' | 'long' | 'double' | 'boolean';

export interface Attribute {
  readonly name: string;
  readonly type: AttributeType;
}

export interface GraphSchema {
  readonly node: readonly Attribute[];
  readonly edge: readonly Attribute[];
}

/** The type of the derived edges from an actor to a position. */
export const ACTOR_STANCE = 'ACTOR_STANCE';

const NODE_FIXED: readonly Attribute[] = [
  { name: 'labels', type: 'string' },
  { name: 'label', type: 'string' },
];
const EDGE_FIXED: readonly Attribute[] = [
  { name: 'type', type: 'string' },
  { name: 'date', type: 'string' },
  { name: 'statement', type: 'string' },
  { name: 'status', type: 'string' },
];

/** The attribute type for the Cypher value types a key holds: numbers stay numbers, lists become text. */
export function attributeType(types: readonly string[]): AttributeType {
  const base = types.map((type) => type.replace(/ NOT NULL$/, ''));
  if (base.length > 0 && base.every((type) => type === 'INTEGER')) return 'long';
  if (base.length > 0 && base.every((type) => type === 'INTEGER' || type === 'FLOAT')) {
    return 'double';
  }
  if (base.length > 0 && base.every((type) => type === 'BOOLEAN')) return 'boolean';
  return 'string';
}

/** The declared attributes: the fixed ones first, then the graph's keys in name order. */
export function graphSchema(keys: readonly GraphKeyRow[]): GraphSchema {
  const of = (kind: GraphKeyRow['of'], fixed: readonly Attribute[]): Attribute[] => {
    const names = new Set(fixed.map((attribute) => attribute.name));
    const found = keys
      .filter((row) => row.of === kind && !names.has(row.key))
      .map((row) => ({ name: row.key, type: attributeType(row.types) }));
    return [...fixed, ...found];
  };
  return { node: of('node', NODE_FIXED), edge: of('edge', EDGE_FIXED) };
}

/** A value as attribute text: lists (and anything else structured) as JSON. */
export function valueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A node or edge as the writers take it: its id(s) and its attribute values by name. */
export interface GraphNode {
  readonly id: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly values: Readonly<Record<string, unknown>>;
}

function required(value: string | null, what: string): string {
  if (value === null) throw new Error(`export: ${what} has no id`);
  return value;
}

export function nodeOf(row: GraphNodeRow): GraphNode {
  const { properties } = row;
  const id = required(row.id, `a node labelled ${row.labels.join(':')}`);
  const shown = properties.label ?? properties.name ?? properties.title ?? id;
  return { id, values: { ...properties, labels: row.labels.join(':'), label: shown } };
}

export function edgeOf(row: GraphEdgeRow): GraphEdge {
  return {
    source: required(row.source, `the start of a ${row.type}`),
    target: required(row.target, `the end of a ${row.type}`),
    type: row.type,
    values: { ...row.properties, type: row.type, date: row.date },
  };
}

export function actorStanceEdge(row: ActorStanceRow): GraphEdge {
  const { source, target, ...values } = row;
  return { source, target, type: ACTOR_STANCE, values: { ...values, type: ACTOR_STANCE } };
}

/** Text for one format: what comes before the nodes, each node, between, each edge, the end. */
export interface GraphWriter {
  begin(schema: GraphSchema): string;
  node(node: GraphNode): string;
  /** Between the last node and the first edge. */
  between(): string;
  /** `index`: the edge's place in the export, its id. */
  edge(edge: GraphEdge, index: number): string;
  end(): string;
}
