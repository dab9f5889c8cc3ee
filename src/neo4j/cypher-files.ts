import { readFileSync } from 'node:fs';
import { fromRoot } from '../config/paths';

const cache = new Map<string, string>();

/**
 * The text of a query kept under cypher/, so the code runs exactly what an analyst can paste
 * into Neo4j Browser. Read once per process.
 */
export function cypher(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(fromRoot('cypher', relativePath), 'utf8');
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

const WHEN_MARK = /\s*\/\/ when ([a-z][a-zA-Z ]*?)\s*$/;

/**
 * A query cut to one request: a line marked `// when NAME` stays, without its mark, only when
 * `holds(NAME)`; unmarked lines always stay. The file itself, every line kept, is the general
 * query an analyst pastes; a request runs only the filters and lists it needs, since Cypher
 * evaluates a guarded filter or list per row whether its guard holds or not. A comma left before
 * a closing brace or bracket by a dropped last entry is dropped too.
 */
export function shaped(text: string, holds: (name: string) => boolean): string {
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const mark = WHEN_MARK.exec(line);
    if (mark === null) kept.push(line);
    else if (holds(mark[1]!)) kept.push(line.slice(0, mark.index));
  }
  return kept.join('\n').replace(/,(\s*\n\s*[}\]])/g, '$1');
}
