import { resolveNames } from '../../names/resolve';
import type { NameRequest } from '../../names/resolve';
import type { NameKind } from '../../names/match';
import type { ApiContext } from '../context';
import type { StatementFilter } from '../types/inputs';

type NamedField = 'actor' | 'speaker' | 'topic' | 'position';

/** The fields of a statement filter that name a node, and the kind each names. */
const NAMED: readonly (readonly [NamedField, NameKind])[] = [
  ['actor', 'actor'],
  ['speaker', 'actor'],
  ['topic', 'topic'],
  ['position', 'position'],
];

/**
 * The filter with its names ("Turkey", "Khatibzadeh") replaced by the ids they name, or the
 * same filter when it names nothing; an unknown or ambiguous name is an error naming its field
 * (`filter.actor`) with suggestions. One query for all the filter's names.
 */
export async function filterWithIds(
  context: ApiContext,
  filter: StatementFilter,
): Promise<StatementFilter> {
  const requests: NameRequest[] = [];
  const fields: NamedField[] = [];
  for (const [field, kind] of NAMED) {
    const text = filter[field];
    if (typeof text !== 'string') continue;
    requests.push({ kind, text: text.trim(), argument: `filter.${field}` });
    fields.push(field);
  }
  if (requests.length === 0) return filter;
  const ids = await resolveNames((query, params) => context.loaders.rows(query, params), requests);
  return { ...filter, ...Object.fromEntries(fields.map((field, i) => [field, ids[i]])) };
}

/** Whether resolving changed any name of the filter (then the page is asked for again). */
export function namesChanged(before: StatementFilter, after: StatementFilter): boolean {
  return NAMED.some(([field]) => before[field] !== after[field]);
}
