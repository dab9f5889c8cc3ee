import type { SearchRow } from '../graphql.queries';
import type { SearchHit } from '../types/entities';
import { fragmentAround } from './fragment';

/**
 * A page of search hits from cypher/graphql/search.cypher's rows, best first and a tie by id.
 * The query gives its rows in the index's order (it has no ORDER BY, so that the planner cannot
 * sort every hit before its LIMIT); the page is ordered here, so that it reads the same on
 * every call.
 */
export function searchHits(rows: readonly SearchRow[], text: string): SearchHit[] {
  return [...rows]
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => ({
      score: r.score,
      matchedIn: r.kind === 'quote' ? 'QUOTE' : 'SUMMARY',
      fragment: fragmentAround(r.text ?? '', text),
      quoteId: r.kind === 'quote' ? r.id : null,
      statementIds: r.statements,
    }));
}
