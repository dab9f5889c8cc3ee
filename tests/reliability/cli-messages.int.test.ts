import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../src/config/paths';
import { buildDist, runCli } from '../support/cli-process';

/**
 * What `diplograph ingest` says about inputs it cannot use: an empty directory is an error, not
 * exit 0; files it skips are named; YAML piped without --stdin-format gets a hint; a YAML alias
 * bomb is an input problem (exit 1), not a crash (exit 70) with a stack trace.
 */
describe('diplograph ingest: inputs it cannot use are reported', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-inputs-'));
  beforeAll(() => buildDist());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an empty directory: BAD_ARGUMENT, exit 1', async () => {
    const run = await runCli(['ingest', dir, '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error BAD_ARGUMENT: no file to ingest in /);
  });

  it('files of a directory that are not read are named', async () => {
    const mixed = mkdtempSync(path.join(dir, 'mixed-'));
    const seed = 'presstv-2020-10-05-iran-karabakh-plan.yaml';
    copyFileSync(fromRoot('data', 'seed', seed), path.join(mixed, seed));
    writeFileSync(path.join(mixed, 'notes.txt'), 'not ingested');
    const run = await runCli(['ingest', mixed, '--dry-run', '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/note: skipped 1 file\(s\) that are not .*notes\.txt/);
  });

  it('YAML on standard input read as NDJSON: a hint to add --stdin-format yaml', async () => {
    const run = await runCli(
      ['ingest', '-', '--dry-run'],
      'format: diplograph/v1\nstatements: []\n',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('for YAML add --stdin-format yaml');
  });

  it('a YAML alias bomb: INGEST_INVALID (exit 1), no stack trace', async () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const bomb = levels
      .map(
        (name, i) =>
          `${name}: &${name} [${Array(9)
            .fill(i === 0 ? 'x' : `*${levels[i - 1]}`)
            .join(', ')}]`,
      )
      .join('\n');
    const file = path.join(mkdtempSync(path.join(dir, 'bomb-')), 'bomb.yaml');
    writeFileSync(file, bomb);
    const run = await runCli(['ingest', file, '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PARSE_ERROR: aliases expand too far');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
