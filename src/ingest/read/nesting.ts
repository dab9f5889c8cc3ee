/**
 * How deep an ingestion document may nest its lists and maps. The format needs four levels
 * (document, statements, a statement, its stances); the YAML parser recurses per level and
 * overflows the stack near ten thousand, which it reports as "Maximum call stack size exceeded".
 */
export const MAX_NESTING = 64;

/**
 * Where the flow collections (`[`, `{`) of a JSON or YAML text first nest deeper than `max`, as
 * a 1-based line and column; undefined if they never do. Brackets inside double-quoted strings
 * do not count. A cheap scan before parsing, so the refusal names a limit and a place.
 */
export function tooDeep(
  text: string,
  max: number = MAX_NESTING,
): { line: number; column: number } | undefined {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line += 1;
      lineStart = i + 1;
    } else if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > max) return { line, column: i - lineStart + 1 };
    } else if ((c === ']' || c === '}') && depth > 0) depth -= 1;
  }
  return undefined;
}
