import { searchHits } from '../../../src/graphql/resolvers/search-hits';
import type { SearchRow } from '../../../src/graphql/graphql.queries';

const row = (id: string, score: number, kind: SearchRow['kind'] = 'quote'): SearchRow => ({
  kind,
  id,
  text: `the ceasefire in ${id}`,
  score,
  statements: kind === 'quote' ? [`statement:of-${id}`] : [id],
});

describe('a page of search hits', () => {
  it('is ordered best first and a tie by id, whatever order the index gave the rows in', () => {
    const rows = [
      row('quote:b', 2),
      row('quote:c', 3),
      row('quote:a', 2),
      row('statement:z', 1, 'statement'),
    ];
    expect(searchHits(rows, 'ceasefire').map((h) => h.quoteId ?? h.statementIds[0])).toEqual([
      'quote:c',
      'quote:a',
      'quote:b',
      'statement:z',
    ]);
  });

  it('gives the quote and the statements behind each hit, and the summary hit no quote', () => {
    const [quote, summary] = searchHits(
      [row('quote:a', 2), row('statement:s', 1, 'statement')],
      'ceasefire',
    );
    expect(quote).toMatchObject({
      matchedIn: 'QUOTE',
      quoteId: 'quote:a',
      statementIds: ['statement:of-quote:a'],
      fragment: 'the «ceasefire» in quote:a',
    });
    expect(summary).toMatchObject({
      matchedIn: 'SUMMARY',
      quoteId: null,
      statementIds: ['statement:s'],
    });
  });
});
