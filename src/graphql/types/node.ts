import { Field, ID, InterfaceType } from 'type-graphql';

/** Values of the API carry the name of their GraphQL type (see Loaders). */
export const resolveByTypeName = (value: { _type?: unknown }): string | undefined =>
  typeof value._type === 'string' ? value._type : undefined;

@InterfaceType({
  description: 'Anything with a stable id; `node(id)` finds it.',
  resolveType: resolveByTypeName,
})
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
