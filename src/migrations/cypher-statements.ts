/**
 * Splits a .cypher file into statements at semicolons that are outside strings, quoted names
 * and comments, the way cypher-shell reads a file. Statements are returned trimmed; empty ones
 * and ones holding only comments are dropped.
 */
export function splitCypherStatements(source: string): string[] {
  const statements: string[] = [];
  let current = '';
  let hasCode = false;
  let i = 0;
  const flush = () => {
    if (hasCode) statements.push(current.trim());
    current = '';
    hasCode = false;
  };
  while (i < source.length) {
    const ch = source[i]!;
    const next = source[i + 1];
    if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      current += source.slice(i, stop);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      current += source.slice(i, stop);
      i = stop;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      const stop = endOfQuoted(source, i);
      current += source.slice(i, stop);
      hasCode = true;
      i = stop;
    } else if (ch === ';') {
      flush();
      i += 1;
    } else {
      current += ch;
      if (!/\s/.test(ch)) hasCode = true;
      i += 1;
    }
  }
  flush();
  return statements;
}

/** Index just past the closing quote; backslash escapes in strings, doubled backticks in names. */
function endOfQuoted(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\' && quote !== '`') {
      i += 2;
    } else if (ch === quote) {
      if (quote === '`' && source[i + 1] === '`') i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return source.length;
}
