// How every generator of the repo (npm run generate) writes its file, or with --check only
// compares: a generated file that differs from what its generator makes fails CI.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import prettier from 'prettier';

const checking = process.argv.includes('--check');

/** Writes `text` to `target`, or with --check exits 1 if the file holds anything else. */
export function writeGenerated(target, text, { what, wrote }) {
  if (checking) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(
        `${path.relative(process.cwd(), target)}: ${what} is stale; run npm run generate`,
      );
      process.exit(1);
    }
    console.log(`${what}: up to date`);
  } else {
    writeFileSync(target, text);
    console.log(wrote);
  }
}

/**
 * README.md with the text between `start` and `end` (both kept) replaced by `block` (which
 * holds them), formatted as Prettier would: the generated section of a hand-written file.
 */
export async function withSection(target, start, end, block) {
  const text = readFileSync(target, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) {
    console.error(`${path.relative(process.cwd(), target)} lacks the markers ${start} … ${end}`);
    process.exit(1);
  }
  const options = { ...(await prettier.resolveConfig(target)), filepath: target };
  return prettier.format(text.slice(0, from) + block + text.slice(to + end.length), options);
}
