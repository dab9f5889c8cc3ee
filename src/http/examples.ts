import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Example {
  name: string;
  query: string;
}

const EXTENSION = '.graphql';

/**
 * The `*.graphql` files of a directory, in file-name order, so analysts can order the IDE's tabs
 * by naming files 01-…, 02-…. Code-unit order rather than locale order keeps it the same on
 * every machine.
 */
export function loadExamples(dir: string): Example[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(EXTENSION))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({
      name: file.slice(0, -EXTENSION.length),
      // An editor's byte-order mark would otherwise show up as a stray character in the tab.
      query: readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, ''),
    }));
}
