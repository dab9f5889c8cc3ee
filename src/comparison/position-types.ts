import { DiplographError, ErrorCode } from '../errors';
import { PositionTypeTree } from '../model/position-type-tree';
import { positionTypesQuery } from './comparison.queries';
import type { PositionTypeRow } from './comparison.queries';
import type { QueryReader } from './query-reader';

/** The position types of the graph, as a tree, with their descriptions. */
export interface PositionTypes {
  readonly tree: PositionTypeTree;
  readonly rows: readonly PositionTypeRow[];
}

export async function readPositionTypes(read: QueryReader): Promise<PositionTypes> {
  const rows = await read(positionTypesQuery, {});
  return { tree: new PositionTypeTree(rows), rows };
}

/**
 * The ids a filter by position types covers: each type named by id or label (any case) with all
 * its descendants, so that MEDIATION takes in MEDIATION_FORMAT. An unknown name is NOT_FOUND
 * with the nearest types, never an empty answer. `field` names the argument or option.
 */
export function positionTypeFilter(
  tree: PositionTypeTree,
  refs: readonly string[],
  field: string,
): string[] {
  const ids: string[] = [];
  const missing: string[] = [];
  const suggestions: Record<string, string[]> = {};
  for (const ref of refs) {
    const found = tree.resolve(ref);
    if (found.ok) ids.push(found.id);
    else {
      missing.push(ref);
      suggestions[ref] = found.suggestions;
    }
  }
  if (missing.length > 0) {
    const hints = missing
      .filter((ref) => suggestions[ref]!.length > 0)
      .map((ref) => `${ref}: did you mean ${suggestions[ref]!.join(', ')}?`);
    throw new DiplographError(
      ErrorCode.NOT_FOUND,
      `${field}: no position type has the id or label ${missing.map((r) => `"${r}"`).join(', ')}`,
      {
        details: { field, missing, suggestions },
        ...(hints.length > 0 ? { hint: hints.join(' ') } : {}),
      },
    );
  }
  return tree.withDescendants(ids);
}

/** `positionTypeFilter` reading the types from the graph; null stays null (no filter). */
export async function resolvePositionTypes(
  read: QueryReader,
  refs: readonly string[] | null | undefined,
  field: string,
): Promise<string[] | null> {
  if (refs === null || refs === undefined) return null;
  const wanted = refs.map((r) => r.trim()).filter((r) => r.length > 0);
  if (wanted.length === 0) return null;
  return positionTypeFilter((await readPositionTypes(read)).tree, wanted, field);
}
