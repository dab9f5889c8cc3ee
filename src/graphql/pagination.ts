import { apiError } from './errors';
import { decodeCursor, encodeCursor } from './values';
import type { Page } from './types/connection';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Rows to ask for: one more than the page, to know whether another page follows. */
export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0)
    throw apiError('BAD_USER_INPUT', '`first` must be a whole number, 0 or more');
  if (size > MAX_PAGE_SIZE)
    throw apiError('LIMIT_EXCEEDED', `\`first\` is at most ${MAX_PAGE_SIZE}`, {
      limit: MAX_PAGE_SIZE,
    });
  return size;
}

export function afterKey(after: string | undefined, length: number): string[] | undefined {
  if (after === undefined || after === null) return undefined;
  const key = decodeCursor(after, length);
  if (!key) throw apiError('BAD_USER_INPUT', '`after` is not a cursor from this API');
  return key;
}

/** A Relay page from `size + 1` rows sorted by `key`. */
export function toPage<T>(rows: T[], size: number, key: (row: T) => string[]): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
