#!/usr/bin/env node
/**
 * Screenshots the GraphQL IDE page with headless Chromium, so a change to it can be looked at
 * without a desktop browser.
 *
 *   node scripts/ide-screenshot.mjs 'http://127.0.0.1:4000/ide?run=1' ide.png
 *
 * `?run=1` makes the page run its first example, so the picture shows a result too. Exits 2 when
 * no Chromium is on PATH (on Debian: apt-get install chromium), 1 when Chromium fails.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

const [url, output] = process.argv.slice(2);
if (url === undefined || output === undefined) {
  console.error('usage: node scripts/ide-screenshot.mjs <ide-url> <output.png>');
  process.exit(64);
}

const chromium = CANDIDATES.map(findOnPath).find((found) => found !== undefined);
if (chromium === undefined) {
  console.error(
    `no Chromium on PATH (looked for ${CANDIDATES.join(', ')}); apt-get install chromium`,
  );
  process.exit(2);
}

const target = path.resolve(output);
mkdirSync(path.dirname(target), { recursive: true });
// A file left by an earlier run must not pass for this one's.
rmSync(target, { force: true });
// A profile of its own each time: saved tabs from an earlier run must not change the picture.
const profile = mkdtempSync(path.join(tmpdir(), 'ide-screenshot-'));
const started = Date.now();
const result = spawnSync(
  chromium,
  [
    '--headless',
    // Root in a container has no usable sandbox.
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    '--window-size=1400,900',
    // Virtual time runs the page's timers and requests until it idles, up to this budget.
    '--virtual-time-budget=8000',
    `--screenshot=${target}`,
    url,
  ],
  { encoding: 'utf8', timeout: 60_000 },
);
rmSync(profile, { recursive: true, force: true });

const size = existsSync(target) ? statSync(target).size : 0;
if (result.error !== undefined || result.status !== 0 || size === 0) {
  console.error(result.stderr);
  const why = result.error?.message ?? `exit ${String(result.status ?? result.signal)}`;
  console.error(`chromium failed (${why}); no screenshot`);
  process.exit(1);
}
console.log(`${target}: ${size} bytes in ${Date.now() - started} ms`);
