import type { GraphQLResolveInfo } from 'graphql';
import type { QueryReader } from '../../comparison';
import type { ApiContext } from '../context';
import type { Entity } from '../loaders';
import { selectsAnyField } from '../look-ahead';

/** The request's counted reader: comparisons count as round-trips like the rest. */
export function readerOf(context: ApiContext): QueryReader {
  return (query, params) => context.loaders.rows(query, params);
}

/** The actors and positions of a matrix or agreement report, loaded when the operation asks. */
export interface ScopeNodes {
  readonly actors: ReadonlyMap<string, Entity>;
  readonly positions: ReadonlyMap<string, Entity>;
}

/**
 * A matrix or agreement report names the same few actors and positions in thousands of fields.
 * Loaded before the answer is resolved (one round-trip, which those fields would make anyway),
 * each field gets its node at once; loaded on demand, every field waits on a promise (with the
 * synchronous resolveType of schema.ts, this took an agreement report's GraphQL overhead at 1M
 * from about 120 to 80 ms). A cell's actor and position are then plain fields of the cell.
 */
export async function scopeNodes(
  context: ApiContext,
  info: GraphQLResolveInfo,
  scope: { readonly actors: readonly string[]; readonly positions: readonly string[] },
): Promise<ScopeNodes> {
  const byId = async (kind: 'actor' | 'position', ids: readonly string[], fields: string[]) =>
    new Map(
      selectsAnyField(info, fields)
        ? (await context.loaders.entities(kind, ids)).map((node) => [node.id, node])
        : [],
    );
  const [actors, positions] = await Promise.all([
    byId('actor', scope.actors, ['actor', 'actorA', 'actorB', 'actors']),
    byId('position', scope.positions, ['position', 'positions', 'mixedPositions']),
  ]);
  return { actors, positions };
}
