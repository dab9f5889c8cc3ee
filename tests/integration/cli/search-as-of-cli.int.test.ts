import { fromRoot } from '../../../src/config/paths';
import type { Database } from '../../../src/neo4j/database';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * `diplograph search TEXT --as-of WHEN` through the built CLI, every step a CLI command as a user
 * types it: tests/fixtures/as-of/batch-a.yaml ingested, then batch-b.yaml, then asof-003
 * retracted. Searching "truce" as of each step's recorded moment (read back from the graph,
 * never slept for) finds exactly what the graph held then; the present finds the last step.
 */
const id = (n: number) => `statement:asof-00${n}`;
const SLOW_MS = 600_000;

describe('diplograph search --as-of: before and after an ingest and a retraction', () => {
  let db: Database;
  const moments = { a: '', b: '', retracted: '' };

  /** A command that must succeed: its standard output. */
  const ok = async (args: string[]): Promise<string> => {
    const run = await runCli(args);
    expect({ args, status: run.status, stderr: run.stderr }).toEqual({
      args,
      status: 0,
      stderr: '',
    });
    return run.stdout;
  };

  /** The statements `search truce` finds, sorted, as of `asOf` (the present if undefined). */
  const truce = async (asOf?: string, ...more: string[]): Promise<string[]> => {
    const args = ['search', 'truce', '--format', 'json', ...more];
    const rows = JSON.parse(await ok(asOf === undefined ? args : [...args, '--as-of', asOf])) as {
      statement: string;
    }[];
    return rows.map((row) => row.statement).sort();
  };

  /** The one moment a step recorded on `ids` (the same for the whole transaction). */
  const momentOf = async (ids: string[], property: 'recordedAt' | 'statusChangedAt') => {
    const { records } = await db.read(
      `UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN DISTINCT toString(s[$property]) AS at`,
      { ids, property },
    );
    expect(records).toHaveLength(1);
    return new Date(records[0]!.get('at') as string).toISOString();
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ok(['ingest', fromRoot('tests', 'fixtures', 'as-of', 'batch-a.yaml')]);
    moments.a = await momentOf([1, 2, 3, 4].map(id), 'recordedAt');
    await ok(['ingest', fromRoot('tests', 'fixtures', 'as-of', 'batch-b.yaml')]);
    moments.b = await momentOf([5, 6, 7, 8].map(id), 'recordedAt');
    await ok(['retract', id(3), '--reason', 'a test retraction']);
    moments.retracted = await momentOf([id(3)], 'statusChangedAt');
    // A build and three CLI processes on a loaded machine.
  }, SLOW_MS);
  afterAll(async () => {
    await db.close();
  });

  it(
    'finds what the graph held at each moment: nothing, batch a, a and b, then without asof-003',
    async () => {
      const justBefore = new Date(new Date(moments.a).getTime() - 1).toISOString();
      expect(await truce(justBefore)).toEqual([]);
      expect(await truce(moments.a)).toEqual([1, 2, 3].map(id));
      expect(await truce(moments.b)).toEqual([1, 2, 3, 5, 6].map(id));
      // Between the second ingest and the retraction, asof-003 still counted.
      const beforeRetraction = new Date(new Date(moments.retracted).getTime() - 1).toISOString();
      expect(await truce(beforeRetraction)).toEqual([1, 2, 3, 5, 6].map(id));
      expect(await truce(moments.retracted)).toEqual([1, 2, 5, 6].map(id));
      expect(await truce()).toEqual([1, 2, 5, 6].map(id));
      // --include-retracted as of a moment: what had been recorded by then, retracted or not.
      expect(await truce(moments.a, '--include-retracted')).toEqual([1, 2, 3].map(id));
    },
    SLOW_MS,
  );

  it(
    'takes a day (its end, UTC) and refuses a value that is no moment, naming the option',
    async () => {
      expect(await truce('2000-01-01')).toEqual([]);
      const today = new Date().toISOString().slice(0, 10);
      expect(await truce(today)).toEqual([1, 2, 5, 6].map(id));
      const bad = await runCli(['search', 'truce', '--as-of', 'last tuesday']);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^error BAD_ARGUMENT: --as-of must be a date/);
      expect(bad.stdout).toBe('');
    },
    SLOW_MS,
  );
});
