import { DiplographError, ErrorCode } from '../errors';
import { comparisonPositions } from './comparison.queries';
import type { QueryReader } from './query-reader';
import { resolvePositionTypes } from './position-types';
import { COMPARISON_LIMITS } from './request';

/** What a comparison is about: positions named, of some types, or of a topic (all that apply). */
export interface PositionScope {
  readonly positions?: readonly string[] | null;
  /** Ids or labels; each takes in its descendants. */
  readonly positionTypes?: readonly string[] | null;
  readonly topic?: string | null;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))];
}

/**
 * The actors as given (order kept, repeats dropped). Their names are ids already, each found in
 * the graph (names.ts withNamesResolved runs first).
 */
export function resolveActors(ids: readonly string[], field = 'actors'): string[] {
  const wanted = unique(ids);
  if (wanted.length === 0) {
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, `${field}: name at least one actor`, {
      details: { field },
    });
  }
  limit(field, wanted.length, COMPARISON_LIMITS.actors);
  return wanted;
}

/** The positions of the scope; named positions must all exist. */
export async function resolvePositions(read: QueryReader, scope: PositionScope): Promise<string[]> {
  const positions = scope.positions ? unique(scope.positions) : null;
  const positionTypes = await resolvePositionTypes(read, scope.positionTypes, 'positionTypes');
  const topic = scope.topic?.trim() ? scope.topic.trim() : null;
  if (positions === null && positionTypes === null && topic === null) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      'name the positions to compare: positions, positionTypes or a topic',
      { details: { field: 'positions' } },
    );
  }
  if (positions !== null) limit('positions', positions.length, COMPARISON_LIMITS.positions);
  // Named positions alone are the scope: each name was resolved to an existing position's id
  // (names.ts withNamesResolved, which every comparison runs first), so there is nothing to ask.
  if (positions !== null && topic === null && positionTypes === null) return positions;
  const rows = await read(comparisonPositions, { positions, positionTypes, topic });
  const found = rows.map((row) => row.id);
  limit('positions', found.length, COMPARISON_LIMITS.positions);
  // Positions named keep the order they were named in (a matrix's rows); others sort by id.
  return positions === null ? found : positions.filter((id) => found.includes(id));
}

export function limit(field: string, count: number, max: number): void {
  if (count > max) {
    throw new DiplographError(
      ErrorCode.LIMIT_EXCEEDED,
      `${field}: ${count} asked for, at most ${max} in one comparison`,
      { details: { field, count, max } },
    );
  }
}
