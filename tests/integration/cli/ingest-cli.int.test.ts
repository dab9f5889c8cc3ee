import { fromRoot } from '../../../src/config/paths';
import type { IngestReport } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * `diplograph ingest` and `validate` as scripts run them: the built CLI in its own process, its
 * exit status, its JSON report and its error lines.
 */
describe('diplograph ingest | validate', () => {
  let db: Database;
  const seed = fromRoot('data', 'seed');
  const badAct = fromRoot('tests', 'fixtures', 'bad-input', 'unknown-act.yaml');

  const graphSize = async () => {
    const result = await db.read<{ nodes: number; relationships: number }>(
      'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
    );
    const record = result.records[0]!;
    return {
      nodes: Number(record.get('nodes')),
      relationships: Number(record.get('relationships')),
    };
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('ingests the seed, and a second time creates nothing', async () => {
    const first = await runCli(['ingest', seed, '--json']);
    expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: '' });
    const report = JSON.parse(first.stdout) as IngestReport;
    expect(report.statementsNew).toBeGreaterThan(0);
    expect(report.counters!.nodesCreated).toBeGreaterThan(0);
    const size = await graphSize();

    const again = await runCli(['ingest', seed, '--json']);
    expect(again.status).toBe(0);
    const second = JSON.parse(again.stdout) as IngestReport;
    expect(second.statementsNew).toBe(0);
    expect(second.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await graphSize()).toEqual(size);
  });

  it('refuses bad input with its code and location, exits 1 and writes nothing', async () => {
    const before = await graphSize();
    for (const command of ['ingest', 'validate']) {
      const run = await runCli([command, badAct]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error INGEST_INVALID: 1 problem\(s\) in the input/);
      expect(run.stderr).toContain(`${badAct}:20:14 statements[0] stances[0].act: UNKNOWN_VALUE: `);
      expect(run.stderr).toContain('(did you mean "CALLS_FOR"?)');
    }
    expect(await graphSize()).toEqual(before);
  });

  it('reads NDJSON from standard input and names the bad line', async () => {
    const before = await graphSize();
    const run = await runCli(
      ['ingest', '-', '--stdin-format', 'ndjson'],
      '{"id": "x"}\n{ not json\n',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('<stdin>.ndjson:2 statements[1]: PARSE_ERROR: ');
    expect(await graphSize()).toEqual(before);
  });

  it('validates without writing', async () => {
    await resetAndMigrate(db);
    const before = await graphSize();
    const run = await runCli(['validate', seed, '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as IngestReport;
    expect(report).toMatchObject({ dryRun: true, counters: null });
    expect(report.statementsNew).toBeGreaterThan(0);
    expect(await graphSize()).toEqual(before);
  });
});
