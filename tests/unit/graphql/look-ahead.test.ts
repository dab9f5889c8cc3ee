import { buildSchema, graphql } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  fieldNamesBelow,
  fieldNamesOfOperation,
  selectsAnyField,
} from '../../../src/graphql/look-ahead';

const schema = buildSchema(`
  type Quote { text: String }
  type Stance { quote: Quote, stance: String }
  type Statement { id: ID, stances: [Stance] }
  type Query { page: [Statement] }
`);

/** What `selectsAnyField(info, names)` says inside the resolver of `page` for this query. */
async function lookAhead(query: string, names: string[]): Promise<boolean> {
  let seen: boolean | undefined;
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = selectsAnyField(info, names);
        return [];
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe('selectsAnyField', () => {
  it('finds a field at any depth below', async () => {
    expect(await lookAhead('{ page { stances { quote { text } } } }', ['quote'])).toBe(true);
    expect(await lookAhead('{ page { id stances { stance } } }', ['quote'])).toBe(false);
  });

  it('looks through named and inline fragments, and under aliases by field name', async () => {
    const named = `{ page { ...S } } fragment S on Statement { stances { q: quote { text } } }`;
    expect(await lookAhead(named, ['quote'])).toBe(true);
    const inline = '{ page { ... on Statement { stances { quote { text } } } } }';
    expect(await lookAhead(inline, ['quote'])).toBe(true);
    expect(await lookAhead('{ page { quote: id } }', ['quote'])).toBe(false);
  });

  it('does not loop on a fragment used twice', async () => {
    const twice = `{ page { ...S stances { ...T } } }
      fragment S on Statement { id }
      fragment T on Stance { stance }`;
    expect(await lookAhead(twice, ['quote'])).toBe(false);
  });
});

describe('fieldNamesBelow and fieldNamesOfOperation', () => {
  it('name the fields under the field being resolved, and those of the whole operation', async () => {
    let below: Set<string> | undefined;
    let all: Set<string> | undefined;
    const result = await graphql({
      schema,
      source: `{ a: page { id } b: page { ...S } }
        fragment S on Statement { stances { quote { text } } }`,
      rootValue: {
        page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          if (info.path.key === 'a') {
            below = fieldNamesBelow(info);
            all = fieldNamesOfOperation(info);
          }
          return [];
        },
      },
    });
    expect(result.errors).toBeUndefined();
    expect([...below!].sort()).toEqual(['id']);
    expect([...all!].sort()).toEqual(['id', 'page', 'quote', 'stances', 'text']);
  });
});
