import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * A position type as an argument names it: its id or its label, any case. Position types are
 * data now (docs/model.md, "Position types"), so no enum can list them; this scalar also takes an
 * unquoted id (`positionTypes: [CEASEFIRE]`), which is how queries wrote the enum it replaces.
 * Unknown names are refused by the resolver, with suggestions, not here: only the graph knows.
 */
export const PositionTypeRef = new GraphQLScalarType<string, string>({
  name: 'PositionTypeRef',
  description:
    'A position type by id (CEASEFIRE, or an id defined under positionTypes) or label ("Mediation format"), any case; a quoted string or a bare id. Filters by a type take in its descendants.',
  serialize: (value) => String(value),
  parseValue(value) {
    if (typeof value !== 'string') throw new GraphQLError('a position type is a string');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.ENUM) return ast.value;
    throw new GraphQLError('a position type is a string or a bare id such as CEASEFIRE');
  },
});
