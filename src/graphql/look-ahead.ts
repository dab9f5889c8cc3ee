import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the selection under the field being resolved asks, at any depth, for a field of one
 * of these names (through fragments too). Query planning: a resolver can fetch up front what
 * the rest of the request is going to ask for, and save the round-trips. Asking for more than
 * needed is harmless; it only costs the extra rows.
 */
export function selectsAnyField(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const wanted = new Set(names);
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    if (set === undefined) return false;
    return set.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return wanted.has(selection.name.value) || visit(selection.selectionSet);
        case Kind.INLINE_FRAGMENT:
          return visit(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (visited.has(name)) return false;
          visited.add(name);
          return visit(info.fragments[name]?.selectionSet);
        }
      }
    });
  };
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
