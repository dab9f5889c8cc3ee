import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { cypher } from '../neo4j/cypher-files';
import type { Database } from '../neo4j/database';
import { toPlain } from '../neo4j/plain-values';

export const NODE_KINDS = [
  'actor',
  'position',
  'topic',
  'event',
  'document',
  'source',
  'place',
  'quote',
  'statement',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** A node's properties as the API holds them, with the GraphQL type it resolves to. */
export type Entity = Record<string, unknown> & { id: string; _type: string };

export interface StatementLinks {
  speaker: string | null;
  onBehalfOf: string[];
  topics: string[];
  respondsTo: string[];
  documents: string[];
  quotes: { ref: string; id: string }[];
  stances: StanceRow[];
  supersededBy: string[];
}

export interface StanceRow {
  statementId: string;
  positionId: string;
  quoteId: string;
  stance: string;
  act: string;
  modality: string;
  target: string | null;
}

export interface PositionLinks {
  subjects: { id: string; kind: NodeKind }[];
  proposedBy: string[];
  principles: string[];
  partners: string[];
  declaredBy: string[];
  triggerEvent: string | null;
}

/**
 * Per-request batching: every field that needs the graph asks a loader, and each loader sends
 * one query per tick for all the ids asked meanwhile, so the number of round-trips of a request
 * grows with the depth of the query, not with the number of results.
 */
export class Loaders {
  /** Cypher round-trips of this request (reported in development, asserted in tests). */
  roundTrips = 0;

  constructor(private readonly db: Database) {}

  /** Runs cypher/`file`, or `text` when given (a query derived from that file). */
  async read(
    file: string,
    params: Record<string, unknown>,
    text: string = cypher(file),
  ): Promise<Record<string, unknown>[]> {
    this.roundTrips += 1;
    // JavaScript numbers go to Bolt as floats; LIMIT takes integers only.
    const args =
      typeof params.limit === 'number' ? { ...params, limit: neo4j.int(params.limit) } : params;
    const result = await this.db.read(text, args);
    return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  }

  /**
   * Nodes this request has loaded or been handed, by `kind:id`. A field asking for one of them
   * gets it at once rather than a promise: a matrix of 12,000 cells names the same 30 actors and
   * positions, and a promise per field is most of what such an answer costs.
   */
  private readonly known = new Map<string, Entity | null>();

  readonly node = new DataLoader<string, Entity | null>(async (keys) => {
    const lists: Record<string, string[]> = Object.fromEntries(
      NODE_KINDS.map((kind) => [`${kind}s`, [] as string[]]),
    );
    for (const key of keys) {
      const [kind, id] = splitKey(key);
      lists[`${kind}s`]!.push(id);
    }
    const rows = await this.read('graphql/nodes-by-id.cypher', lists);
    const found = new Map<string, Entity>();
    for (const row of rows) {
      const node = row.node as Record<string, unknown> & { id: string };
      const kind = row.kind as NodeKind;
      found.set(`${kind}:${node.id}`, { ...node, _type: typeName(kind, node) });
    }
    return keys.map((key) => {
      const entity = found.get(key) ?? null;
      this.known.set(key, entity);
      return entity;
    });
  });

  /** Hands the node loader a node some other query already returned (nodes-by-id's shape). */
  primeNode(kind: NodeKind, node: Record<string, unknown> & { id: string }): void {
    const key = `${kind}:${node.id}`;
    // A page names the same actor and positions on every row.
    if (this.known.has(key)) return;
    const entity = { ...node, _type: typeName(kind, node) };
    this.node.prime(key, entity);
    this.known.set(key, entity);
  }

  readonly statementLinks = this.byId<StatementLinks>('graphql/statement-links.cypher');
  readonly positionLinks = this.byId<PositionLinks>('graphql/position-links.cypher');
  readonly actorRoles = this.byId<{
    roles: { title: string; of: string; from: string | null; to: string | null }[];
  }>('graphql/actor-roles.cypher');
  readonly documentLinks = this.byId<{ source: string | null; republishedBy: string[] }>(
    'graphql/document-links.cypher',
  );

  private readonly stanceLoaders = new Map<string, DataLoader<string, StanceRow[]>>();

  /** The latest `limit` stances on each position (one loader per limit and filter). */
  stancesOnPosition(limit: number, includeRetracted: boolean): DataLoader<string, StanceRow[]> {
    const key = `${limit}:${includeRetracted}`;
    let loader = this.stanceLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.read('graphql/stances-on-positions.cypher', {
          ids,
          limit,
          includeRetracted,
        });
        const byId = new Map(rows.map((r) => [r.id as string, r.stances as StanceRow[]]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      this.stanceLoaders.set(key, loader);
    }
    return loader;
  }

  entity(kind: NodeKind, id: string | null | undefined): Entity | null | Promise<Entity | null> {
    if (!id) return null;
    const key = `${kind}:${id}`;
    const known = this.known.get(key);
    return known === undefined ? this.node.load(key) : known;
  }

  async entities(kind: NodeKind, ids: readonly string[]): Promise<Entity[]> {
    const found = await this.node.loadMany(ids.map((id) => `${kind}:${id}`));
    return found.filter((e): e is Entity => e !== null && !(e instanceof Error));
  }

  private byId<T>(file: string): DataLoader<string, T | null> {
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await this.read(file, { ids });
      const byId = new Map(rows.map((r) => [r.id as string, r as T]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

function splitKey(key: string): [NodeKind, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as NodeKind, key.slice(at + 1)];
}

const ACTOR_TYPES: Record<string, string> = {
  State: 'State',
  Person: 'Person',
  Organization: 'Organization',
  Authority: 'Authority',
};

function typeName(kind: NodeKind, node: Record<string, unknown>): string {
  if (kind === 'actor') {
    const labels = (node.labels as string[] | undefined) ?? [];
    return labels.map((l) => ACTOR_TYPES[l]).find((t) => t !== undefined) ?? 'Organization';
  }
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
