import { positionTypeFilter, readPositionTypes } from '../comparison/position-types';
import type { PositionTypes } from '../comparison/position-types';
import type { ApiContext } from './context';
import { readerOf } from './comparison/reader';
import type { Loaders } from './loaders';
import type { PositionType } from './types/position-type';

/** The graph's position types, read at most once per request (they are few, and many fields ask). */
const perRequest = new WeakMap<Loaders, Promise<PositionTypes>>();

export function positionTypesOf(context: ApiContext): Promise<PositionTypes> {
  let types = perRequest.get(context.loaders);
  if (!types) {
    types = readPositionTypes(readerOf(context));
    perRequest.set(context.loaders, types);
  }
  return types;
}

/** A type as the API shows it, or null when the graph has none with this id. */
export async function positionTypeById(
  context: ApiContext,
  id: string | null | undefined,
): Promise<PositionType | null> {
  if (!id) return null;
  const row = (await positionTypesOf(context)).rows.find((t) => t.id === id);
  return row
    ? { id: row.id, label: row.label, description: row.description, parentId: row.parent }
    : null;
}

/** A filter argument's types (ids or labels) with their descendants; null when not given. */
export async function positionTypeArgument(
  context: ApiContext,
  refs: readonly string[] | string | null | undefined,
  field: string,
): Promise<string[] | null> {
  if (refs === null || refs === undefined) return null;
  const list = (typeof refs === 'string' ? [refs] : refs).map((r) => r.trim()).filter(Boolean);
  if (list.length === 0) return null;
  return positionTypeFilter((await positionTypesOf(context)).tree, list, field);
}
