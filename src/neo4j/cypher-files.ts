import { readFileSync } from 'node:fs';
import { fromRoot } from '../config/paths';
import { expandIncludes } from './cypher-includes';

const cache = new Map<string, string>();

/**
 * The text of a query kept under cypher/, so the code runs exactly what an analyst can paste
 * into Neo4j Browser, its `// include` lines (src/neo4j/cypher-includes.ts) replaced by the lines
 * they name. Read once per process.
 */
export function cypher(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = expandIncludes(
      readFileSync(fromRoot('cypher', relativePath), 'utf8'),
      cypher,
      (included) =>
        new Error(
          `cypher/${relativePath}: cypher/${included} has no line "// ---- included from here"`,
        ),
    );
    cache.set(relativePath, text);
  }
  return text;
}

const DIRECTION_MARK = /\/\/ direction\s*$/;
const OPPOSITE: Record<string, string> = { ASC: 'DESC', DESC: 'ASC', '<': '>', '>': '<' };

/**
 * A query in the opposite order: on every line marked `// direction`, ASC and DESC trade places
 * and so do < and >. One file then serves both orders without choosing its sort key per row.
 */
export function turnedAround(text: string): string {
  let marked = 0;
  const lines = text.split('\n').map((line) => {
    if (!DIRECTION_MARK.test(line)) return line;
    marked += 1;
    const [code = '', ...comment] = line.split('//');
    const turned = code.replace(/\b(?:ASC|DESC)\b|[<>]/g, (token) => OPPOSITE[token] ?? token);
    return [turned, ...comment].join('//');
  });
  if (marked === 0) throw new Error('turnedAround: no line is marked "// direction"');
  return lines.join('\n');
}
