import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

/**
 * The repository root, found by walking up to our package.json, so the same code works from
 * src/ under ts-jest and from dist/src/ after a build.
 */
export function projectRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'diplograph') return (cachedRoot = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json of diplograph not found above ${__dirname}`);
    dir = parent;
  }
}

export function fromRoot(...segments: string[]): string {
  return path.join(projectRoot(), ...segments);
}
