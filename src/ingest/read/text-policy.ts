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
 * replaced silently.
 */
export function loneSurrogateAt(
  value: unknown,
  at: (string | number)[] = [],
): (string | number)[] | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? at : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = loneSurrogateAt(value[i], [...at, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...at, key];
      const found = loneSurrogateAt(child, [...at, key]);
      if (found) return found;
    }
  }
  return undefined;
}

export const LONE_SURROGATE_MESSAGE =
  'text with a lone surrogate escape (half of a UTF-16 pair, e.g. "\\ud800") is not Unicode; write the character itself or its full pair';

/** a.b[2].c from a path. */
export function fieldOf(at: (string | number)[]): string {
  return at.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
