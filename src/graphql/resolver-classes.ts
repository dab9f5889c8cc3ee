import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import type { ClassType } from 'type-graphql';

/** A file of resolvers: `*.resolver.ts` in src, `*.resolver.js` once built. */
const RESOLVER_FILE = /\.resolver\.(ts|js)$/;

/**
 * Every resolver class of the API: the `@Resolver` classes exported by the files named
 * `*.resolver.ts` under src/graphql. A new resolver joins the schema by existing; there is no
 * list to add it to. Sorted by file, then export, so the schema is built the same way each time.
 */
export function resolverClasses(root: string = __dirname): [ClassType, ...ClassType[]] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => RESOLVER_FILE.test(file) && !isStale(root, file))
    .sort();
  const found: ClassType[] = [];
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for its resolvers
    const exported: unknown = require(path.join(root, file));
    if (typeof exported !== 'object' || exported === null) continue;
    for (const value of Object.values(exported)) if (isResolver(value)) found.push(value);
  }
  const [first, ...rest] = found;
  if (first === undefined) throw new Error(`no *.resolver.ts file under ${root} has a resolver`);
  return [first, ...rest];
}

/**
 * Built output whose source is gone: tsc leaves the .js of a deleted or renamed file in dist/,
 * where it would join the schema. Only known when the sources are beside the build.
 */
function isStale(root: string, file: string): boolean {
  if (!file.endsWith('.js')) return false;
  const sources = path.resolve(root, '..', '..', '..', 'src', 'graphql');
  if (path.resolve(root) === sources || !existsSync(sources)) return false;
  return !existsSync(path.join(sources, file.replace(/\.js$/, '.ts')));
}

function isResolver(value: unknown): value is ClassType {
  return getMetadataStorage().resolverClasses.some((resolver) => resolver.target === value);
}
