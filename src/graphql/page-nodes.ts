import { getNamedType, isInterfaceType, isLeafType, isObjectType } from 'graphql';
import type { GraphQLSchema } from 'graphql';

/**
 * What the statements page projects of each node it primes the loaders with, when the operation
 * asks no more of it (`$whole` in cypher/graphql/statements-page.cypher): the fields a list of
 * statements shows. Reading a node's every property (`.*`) costs a db hit per property and their
 * decoding in the driver: a third of a page's db hits (bench:peer, docs/benchmarks.md).
 */
export const LIGHT_FIELDS = {
  statement: ['id', 'date', 'datePrecision', 'kind', 'status'],
  actor: ['id', 'name'],
  // positionType reads `type`.
  position: ['id', 'type', 'label', 'qualifier', 'positionType'],
  quote: ['id', 'text'],
} as const satisfies Record<string, readonly string[]>;
export type PageNode = keyof typeof LIGHT_FIELDS;

const TYPE_NAMES: Record<PageNode, string> = {
  statement: 'Statement',
  actor: 'Actor',
  position: 'Position',
  quote: 'Quote',
};

/** Fields of an object type that read the node's own properties rather than a loader. */
const OBJECTS_FROM_PROPERTIES = new Set(['peacePlan', 'redLine', 'positionType']);

const fieldsBySchema = new WeakMap<GraphQLSchema, Record<PageNode, Set<string>>>();

/**
 * The fields of each kind of node that read its properties: its leaf fields (and those of every
 * type implementing it, for Actor) and the few object fields built from its properties.
 */
function propertyFields(schema: GraphQLSchema): Record<PageNode, Set<string>> {
  let known = fieldsBySchema.get(schema);
  if (known !== undefined) return known;
  const fieldsOf = (typeName: string): Set<string> => {
    const type = schema.getType(typeName);
    const types = isInterfaceType(type)
      ? [type, ...schema.getPossibleTypes(type)]
      : isObjectType(type)
        ? [type]
        : [];
    const names = new Set<string>();
    for (const t of types)
      for (const [name, field] of Object.entries(t.getFields()))
        if (isLeafType(getNamedType(field.type)) || OBJECTS_FROM_PROPERTIES.has(name))
          names.add(name);
    return names;
  };
  known = {
    statement: fieldsOf(TYPE_NAMES.statement),
    actor: fieldsOf(TYPE_NAMES.actor),
    position: fieldsOf(TYPE_NAMES.position),
    quote: fieldsOf(TYPE_NAMES.quote),
  };
  fieldsBySchema.set(schema, known);
  return known;
}

/**
 * For each kind of node a page primes, whether it needs the whole node: whether the operation
 * `named` the fields of (anywhere: the primed node serves every field of the request that
 * reaches it) has a property field of that kind beyond the light ones. Without the names (no
 * operation to look ahead into), every node whole.
 */
export function wholeNodes(
  schema: GraphQLSchema | undefined,
  named: ReadonlySet<string> | undefined,
): Record<PageNode, boolean> {
  const fields = schema === undefined ? undefined : propertyFields(schema);
  const whole = (node: PageNode): boolean => {
    if (named === undefined || fields === undefined) return true;
    const light: readonly string[] = LIGHT_FIELDS[node];
    return [...fields[node]].some((field) => named.has(field) && !light.includes(field));
  };
  return {
    statement: whole('statement'),
    actor: whole('actor'),
    position: whole('position'),
    quote: whole('quote'),
  };
}
