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
