import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { RecordShape } from 'neo4j-driver';
import { redLineStatuses } from '../comparison/red-line-statuses.queries';
import type { Database, Params } from '../neo4j/database';
import type { QueryFile } from '../neo4j/query-file';
import {
  NODE_KINDS,
  actorRoles,
  documentLinks,
  nodesById,
  positionLinks,
  stancesOnPositions,
  statementLinks,
} from './graphql.queries';
import type { NodeKind, NodeProperties, StanceRow } from './graphql.queries';

/** A node's properties as the API holds them, with the GraphQL type it resolves to. */
export type Entity = Record<string, unknown> & { id: string; _type: string };

/**
 * Per-request batching: every field that needs the graph asks a loader, and each loader sends
 * one query per tick for all the ids asked meanwhile, so the number of round-trips of a request
 * grows with the depth of the query, not with the number of results.
 */
export class Loaders {
  /** Cypher round-trips of this request (reported in development, asserted in tests). */
  roundTrips = 0;

  constructor(private readonly db: Database) {}

  /** A declared query's rows, as one round-trip of this request. */
  async rows<Row extends RecordShape>(query: QueryFile<Row>, params: Params): Promise<Row[]> {
    this.roundTrips += 1;
    return this.db.rows(query, withIntegerLimit(params));
  }

  /**
   * Nodes this request has loaded or been handed, by `kind:id`. A field asking for one of them
   * gets it at once rather than a promise: a matrix of 12,000 cells names the same 30 actors and
   * positions, and a promise per field is most of what such an answer costs.
   */
  private readonly known = new Map<string, Entity | null>();

  readonly node = new DataLoader<string, Entity | null>(async (keys) => {
    const lists: Record<string, string[]> = Object.fromEntries(
      NODE_KINDS.map((kind): [string, string[]] => [`${kind}s`, []]),
    );
    for (const key of keys) {
      const [kind, id] = splitKey(key);
      lists[`${kind}s`]!.push(id);
    }
    const rows = await this.rows(nodesById, lists);
    const found = new Map<string, Entity>();
    for (const { kind, node } of rows) {
      found.set(`${kind}:${node.id}`, { ...node, _type: typeName(kind, node) });
    }
    return keys.map((key) => {
      const entity = found.get(key) ?? null;
      this.known.set(key, entity);
      return entity;
    });
  });

  /** Hands the node loader a node some other query already returned (nodes-by-id's shape). */
  primeNode(kind: NodeKind, node: NodeProperties): void {
    const key = `${kind}:${node.id}`;
    // A page names the same actor and positions on every row.
    if (this.known.has(key)) return;
    const entity = { ...node, _type: typeName(kind, node) };
    this.node.prime(key, entity);
    this.known.set(key, entity);
  }

  readonly statementLinks = this.byId(statementLinks);
  readonly positionLinks = this.byId(positionLinks);
  readonly actorRoles = this.byId(actorRoles);
  readonly documentLinks = this.byId(documentLinks);
  // The present: RedLine.statuses is the node's, not a comparison's (which reads them as of).
  readonly redLineStatuses = this.byId(redLineStatuses, { asOf: null });

  private readonly stanceLoaders = new Map<string, DataLoader<string, StanceRow[]>>();

  /** The latest `limit` stances on each position (one loader per limit and filter). */
  stancesOnPosition(limit: number, includeRetracted: boolean): DataLoader<string, StanceRow[]> {
    const key = `${limit}:${includeRetracted}`;
    let loader = this.stanceLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.rows(stancesOnPositions, { ids, limit, includeRetracted });
        const byId = new Map(rows.map((r) => [r.id, r.stances]));
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

  private byId<Row extends { id: string }>(
    query: QueryFile<Row>,
    params: Params = {},
  ): DataLoader<string, Row | null> {
    return new DataLoader<string, Row | null>(async (ids) => {
      const rows = await this.rows(query, { ...params, ids });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

/** JavaScript numbers go to Bolt as floats; LIMIT takes integers only. */
function withIntegerLimit(params: Params): Params {
  return typeof params.limit === 'number' ? { ...params, limit: neo4j.int(params.limit) } : params;
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

const ACTOR_TYPES: Record<string, string> = {
  State: 'State',
  Person: 'Person',
  Organization: 'Organization',
  Authority: 'Authority',
};

function typeName(kind: NodeKind, node: NodeProperties): string {
  if (kind === 'actor') {
    const labels = node.labels ?? [];
    return labels.map((l) => ACTOR_TYPES[l]).find((t) => t !== undefined) ?? 'Organization';
  }
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
