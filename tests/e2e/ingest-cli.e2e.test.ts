import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../src/config/paths';
import { localPasswordFile, readLocalPassword } from '../../src/neo4j/local-auth';
import { buildDist, embeddedEnv } from '../support/cli-process';

/** The ingestion commands as scripts use them: exit codes, stdout, stderr, standard input. */
describe('diplograph ingest | validate | export | stats', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-cli-'));
  const env = embeddedEnv(dataDir);
  let startOutput = '';

  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, [fromRoot('dist', 'src', 'cli', 'main.js'), ...args], {
      env,
      encoding: 'utf8',
      ...(input === undefined ? {} : { input }),
    });

  beforeAll(() => {
    buildDist();
    const started = cli(['db', 'start']);
    expect(started.status).toBe(0);
    startOutput = started.stdout;
  });
  afterAll(() => {
    cli(['db', 'stop']);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs as the README says, `npx diplograph <command>`, from a fresh build', () => {
    const result = spawnSync('npx', ['diplograph', '--version'], {
      cwd: fromRoot(),
      env,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('db start and db status give the Browser link that connects, and the generated login', () => {
    const password = readLocalPassword(dataDir);
    expect(startOutput).toMatch(
      new RegExp(
        `Neo4j Browser: http://127\\.0\\.0\\.1:\\d+/browser/diplograph/connect\\.html#password=${password}\n`,
      ),
    );
    const status = cli(['db', 'status', '--json']);
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      target: 'embedded',
      running: true,
      login: { user: 'neo4j', password, passwordFile: localPasswordFile(dataDir) },
      browserUrl: expect.stringContaining(`#password=${password}`),
      database: { status: 'up' },
    });
    expect(cli(['db', 'status']).stdout).toContain(`login: neo4j / ${password}`);
  });

  it('validate refuses a bad file with exit 1, the error code and the location', () => {
    const result = cli([
      'validate',
      fromRoot('tests', 'fixtures', 'bad-input', 'unknown-act.yaml'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error INGEST_INVALID');
    expect(result.stderr).toMatch(
      /unknown-act\.yaml:20:\d+ statements\[0\] stances\[0\]\.act: UNKNOWN_VALUE: .*did you mean "CALLS_FOR"/,
    );
  });

  it('ingests from standard input, and a second time creates nothing', () => {
    const seed = readFileSync(
      fromRoot('data', 'seed', 'presstv-2020-10-05-iran-karabakh-plan.yaml'),
      'utf8',
    );
    const first = cli(['ingest', '--stdin-format', 'yaml', '-'], seed);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /ingested: 1 file\(s\), 1 statement\(s\) \(1 new\), 9 stance\(s\)/,
    );
    const again = cli(['ingest', '--json', fromRoot('data', 'seed')]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      statements: 1,
      statementsNew: 0,
      counters: { nodesCreated: 0, relationshipsCreated: 0 },
    });
  });

  it('exports and counts what is there', () => {
    const exported = cli(['export', '--format', 'ndjson']);
    expect(exported.status).toBe(0);
    expect(exported.stdout.trim().split('\n')).toHaveLength(1);
    const stats = cli(['stats', '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({
      labels: { Statement: 1, State: 249 },
      relationships: { TAKES_STANCE: 9 },
    });
  });
});
