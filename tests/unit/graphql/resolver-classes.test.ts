import 'reflect-metadata';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';
import { resolverClasses } from '../../../src/graphql/resolver-classes';

const graphql = path.resolve(__dirname, '../../../src/graphql');

describe('resolver registration', () => {
  const found = resolverClasses();

  it('finds every @Resolver class there is, each once', () => {
    // Classes a resolver extends (scope-lists.ts) are declared but not registered themselves.
    const ancestors = (cls: unknown): unknown[] => {
      const parent = Object.getPrototypeOf(cls) as unknown;
      return parent === Function.prototype || parent === null ? [] : [parent, ...ancestors(parent)];
    };
    const bases = new Set(found.flatMap(ancestors));
    const declared = getMetadataStorage()
      .resolverClasses.map((resolver) => resolver.target)
      .filter((target) => !bases.has(target));
    expect(new Set(found).size).toBe(found.length);
    expect(new Set(found)).toEqual(new Set(declared));
  });

  it('finds a resolver in every *.resolver.ts file', () => {
    const files = readdirSync(graphql, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.resolver.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the file's exports
      const exported = Object.values(require(path.join(graphql, file)) as object);
      expect(exported.some((value) => found.includes(value))).toBe(true);
    }
  });
});
