import type { GraphQLResolveInfo } from 'graphql';
import type { QueryFile } from '../neo4j/query-file';
import type { ApiContext } from './context';
import type { TotalRow } from './counts.queries';
import { selectsAnyField } from './look-ahead';
import type { Page } from './types/connection';

/**
 * The page with its totalCount when the selection under the connection asks for it (one more
 * round-trip, the count query of the connection); otherwise the page as it is, at no cost.
 */
export async function withTotalCount<T>(
  context: ApiContext,
  info: GraphQLResolveInfo | undefined,
  page: Page<T>,
  count: QueryFile<TotalRow>,
  params: Record<string, unknown>,
): Promise<Page<T>> {
  if (info === undefined || !selectsAnyField(info, ['totalCount'])) return page;
  const [row] = await context.loaders.rows(count, params);
  return { ...page, totalCount: row?.total ?? 0 };
}
