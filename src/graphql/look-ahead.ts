import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the selection under the field being resolved asks for, at any depth
 * (through fragments too). Query planning: a resolver can fetch up front what the rest of the
 * request is going to ask for, and save the round-trips. A name asked for anywhere counts, so
 * a plan made from these fetches at worst more than needed, never less.
 */
export function fieldNamesBelow(info: GraphQLResolveInfo): Set<string> {
  return fieldNames(info, info.fieldNodes);
}

/**
 * The names of every field the operation asks for. What a resolver fetches with these serves
 * any other field of the request that reaches the same nodes, as a loader primed once must.
 */
export function fieldNamesOfOperation(info: GraphQLResolveInfo): Set<string> {
  return fieldNames(info, [info.operation]);
}

function fieldNames(
  info: GraphQLResolveInfo,
  roots: readonly { selectionSet?: SelectionSetNode }[],
): Set<string> {
  const names = new Set<string>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      switch (selection.kind) {
        case Kind.FIELD:
          names.add(selection.name.value);
          visit(selection.selectionSet);
          break;
        case Kind.INLINE_FRAGMENT:
          visit(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (visited.has(name)) break;
          visited.add(name);
          visit(info.fragments[name]?.selectionSet);
          break;
        }
      }
    }
  };
  for (const root of roots) visit(root.selectionSet);
  return names;
}

/** Whether the selection under the field being resolved asks for any of these fields. */
export function selectsAnyField(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const below = fieldNamesBelow(info);
  return names.some((name) => below.has(name));
}
