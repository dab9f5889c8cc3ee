import { resolveNames } from '../names/resolve';
import type { NameRequest } from '../names/resolve';
import type { QueryReader } from './query-reader';
import type { ComparisonOperation } from './request';
import { limit } from './scope';

function given(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
}

/**
 * The request with every name in a field that names nodes (`names` in request.ts) replaced by
 * the id it names: actors, positions, topics as an analyst writes them ("Turkey", "Congo" is
 * refused as ambiguous). All the names of the request in one query; the limits of the fields
 * are checked first, so a list too long is never looked up.
 */
export async function withNamesResolved<Input extends object>(
  read: QueryReader,
  operation: ComparisonOperation,
  input: Input,
): Promise<Input> {
  const requests: NameRequest[] = [];
  const fields = Object.entries(operation.fields).filter(([, field]) => field.names);
  for (const [name, field] of fields) {
    const texts = [
      ...new Set(given((input as Record<string, unknown>)[name]).map((t) => t.trim())),
    ];
    if (field.max !== undefined) limit(name, texts.length, field.max);
    for (const text of texts) requests.push({ kind: field.names!, text, argument: name });
  }
  const ids = await resolveNames(read, requests);
  const idOf = new Map(requests.map((r, i) => [`${r.argument}\u0000${r.text}`, ids[i]!]));
  const resolved: Record<string, unknown> = {};
  for (const [name] of fields) {
    const value: unknown = (input as Record<string, unknown>)[name];
    const id = (text: unknown) =>
      typeof text === 'string' ? (idOf.get(`${name}\u0000${text.trim()}`) ?? text) : text;
    if (Array.isArray(value)) resolved[name] = value.map(id);
    else if (value !== undefined && value !== null) resolved[name] = id(value);
  }
  return { ...input, ...resolved };
}
