/**
 * A UTF-16 code unit of a surrogate pair without its other half. Such a string is not Unicode
 * text: it cannot be written as UTF-8, and Neo4j's driver would store U+FFFD in its place. Only
 * an escape (`"\ud800"` in JSON or a YAML double-quoted string) can make one; raw bytes cannot.
 */
// With the u flag a pair is one code point, so the class matches only halves standing alone.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * The path (keys and indexes) of the first string in a parsed value, key or value, holding a lone
 * surrogate; undefined if there is none. Ingestion refuses such text rather than let it be
 * replaced silently. It runs over every record, so the path is one array grown and shrunk as the
 * walk goes, copied only when something is found.
 */
export function loneSurrogateAt(
  value: unknown,
  at: (string | number)[] = [],
): (string | number)[] | undefined {
  const path = [...at];
  return surrogateIn(value, path) ? path : undefined;
}

/** Whether `value` holds a lone surrogate; `path` is left pointing at it when it does. */
function surrogateIn(value: unknown, path: (string | number)[]): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (typeof value !== 'object' || value === null) return false;
  const isArray = Array.isArray(value);
  const record = value as Record<string, unknown>;
  for (const key of isArray ? value.keys() : Object.keys(record)) {
    path.push(key);
    if (typeof key === 'string' && LONE_SURROGATE.test(key)) return true;
    if (surrogateIn(isArray ? value[key as number] : record[key], path)) return true;
    path.pop();
  }
  return false;
}

export const LONE_SURROGATE_MESSAGE =
  'text with a lone surrogate escape (half of a UTF-16 pair, e.g. "\\ud800") is not Unicode; write the character itself or its full pair';

/** a.b[2].c from a path. */
export function fieldOf(at: (string | number)[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
