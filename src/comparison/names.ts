import { resolveNames } from '../names/resolve';
import type { NameRequest } from '../names/resolve';
import type { QueryReader } from './query-reader';
import type { ComparisonOperation } from './request';
import { limit } from './scope';

/** The name in a value: the value itself, or a weight's `position` ({position, weight}). */
function nameIn(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || !('position' in value)) return undefined;
  return typeof value.position === 'string' ? value.position : undefined;
}

function given(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.map(nameIn).filter((v): v is string => v !== undefined && v.trim().length > 0);
}

/** The value with its name replaced by `id(name)`, a weight keeping its weight. */
function withId(value: unknown, id: (text: string) => string): unknown {
  const text = nameIn(value);
  if (text === undefined) return value;
  return typeof value === 'string' ? id(text) : { ...(value as object), position: id(text) };
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
    const id = (text: string) => idOf.get(`${name}\u0000${text.trim()}`) ?? text;
    if (Array.isArray(value)) resolved[name] = value.map((v) => withId(v, id));
    else if (value !== undefined && value !== null) resolved[name] = withId(value, id);
  }
  return { ...input, ...resolved };
}
