import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandInputs, ingest } from '../../src/ingest/ingest';
import { SEED_DIR } from '../../src/ingest/seed';
import { stableJson } from '../../src/model/ids';
import type { Database } from '../../src/neo4j/database';
import { buildDist, runCli } from '../support/cli-process';
import { COMPARISON_YAML, loadComparisonFixture } from '../support/comparison-fixture';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../support/database';

/**
 * Export and ingest are inverses (issue 26): the export ingested into the graph it came from
 * changes nothing, and the original file ingested into a graph rebuilt from the export changes
 * nothing either, though the export writes lists in its own (sorted) order. Run through the
 * CLI, as a user would.
 */
const NOTHING = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };

interface Fixture {
  name: string;
  file: string;
  load: (db: Database) => Promise<unknown>;
}

const FIXTURES: Fixture[] = [
  { name: 'the seed', file: SEED_DIR, load: (db) => ingest(db, expandInputs([SEED_DIR])) },
  // As the comparison tests hold it: ingested, then one statement retracted.
  { name: 'the comparison fixture', file: COMPARISON_YAML, load: loadComparisonFixture },
];

/** Every node's labels and properties and every relationship, as text: the graph's content. */
async function snapshot(db: Database): Promise<string[]> {
  const { records } = await db.read(
    `MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
     RETURN [labels(n), properties(n), type(r), properties(r), m.id] AS item`,
  );
  return records.map((r) => stableJson(r.get('item'))).sort();
}

async function ingestCli(file: string): Promise<unknown> {
  const run = await runCli(['ingest', file, '--json']);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  return (JSON.parse(run.stdout) as { counters: unknown }).counters;
}

async function exportCli(file: string): Promise<string> {
  const run = await runCli(['export', '--out', file]);
  expect(run.status).toBe(0);
  return readFileSync(file, 'utf8');
}

describe('export and ingest are inverses on the same graph', () => {
  let db: Database;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-inverse-'));
  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  });

  describe.each(FIXTURES)('$name', ({ name, file, load }) => {
    const exported = path.join(dir, `${name.replaceAll(' ', '-')}.json`);

    it('its export ingested into the graph it came from writes nothing', async () => {
      await clearGraph(db);
      await load(db);
      const before = await snapshot(db);
      const text = await exportCli(exported);
      // Lists the export sorts differ in order from the file: not a conflict.
      expect(text).toContain('"consultationPartners"');
      expect(await ingestCli(exported)).toEqual(NOTHING);
      expect(await snapshot(db)).toEqual(before);
    });

    it('the file ingested into a graph rebuilt from the export writes nothing', async () => {
      const first = readFileSync(exported, 'utf8');
      await clearGraph(db);
      expect(await ingestCli(exported)).not.toEqual(NOTHING);
      const rebuilt = await snapshot(db);
      expect(await ingestCli(file)).toEqual(NOTHING);
      expect(await snapshot(db)).toEqual(rebuilt);
      // And the rebuilt graph exports as the original did: the export is stable.
      expect(await exportCli(path.join(dir, 'again.json'))).toBe(first);
    });
  });
});
