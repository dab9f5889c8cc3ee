import { GraphQLID, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

/** A schema of three fields, one of whose resolvers is given (to throw, typically). */
export function tinySchema(broken: () => unknown): GraphQLSchema {
  const item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      id: { type: GraphQLID },
      broken: { type: GraphQLString, resolve: broken },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        ok: { type: GraphQLString, resolve: () => 'yes' },
        list: { type: new GraphQLList(item), resolve: () => [{ id: '1' }, { id: '2' }] },
      },
    }),
  });
}
