import { Writable } from 'node:stream';
import path from 'node:path';
import { exportGraph } from '../../../src/export/export';
import { ingest } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import { SEED_DIR } from '../../../src/ingest/seed';
import { contentHashSets } from '../../../src/migrations/data/content-hash-sets';
import { statementFingerprints } from '../../../src/migrations/data/statement-fingerprints';
import { migrate } from '../../../src/migrations/migrator';
import { stableJson } from '../../../src/model/ids';
import type { Database } from '../../../src/neo4j/database';
import { COMPARISON_YAML } from '../../support/comparison-fixture';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';
import { makeOld } from '../../support/old-graph';
import { testLogger } from '../../support/test-logger';

/**
 * Data migrations 009 (statement fingerprints, issue 20) and 010 (content hashes with lists as
 * sets, issue 26) on a graph written the way the version before them wrote it
 * (tests/support/old-graph.ts says what is simulated).
 */
const NOTHING = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
const DATA_MIGRATIONS = ['009_statement_fingerprints.ts', '010_content_hash_sets.ts'];

const FIXTURES = [
  { name: 'the seed', file: path.join(SEED_DIR, 'presstv-2020-10-05-iran-karabakh-plan.yaml') },
  { name: 'the comparison fixture', file: COMPARISON_YAML },
];

/** Every node's labels and properties and every relationship, as text: the graph's content. */
async function snapshot(db: Database): Promise<string[]> {
  const { records } = await db.read(
    `MATCH (n) WHERE NOT n:Migration OPTIONAL MATCH (n)-[r]->(m)
     RETURN [labels(n), properties(n), type(r), properties(r), m.id] AS item`,
  );
  return records.map((r) => stableJson(r.get('item'))).sort();
}

async function exported(db: Database): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  await exportGraph(db, 'json', out);
  return text;
}

async function issuesOf(promise: Promise<unknown>): Promise<IngestIssue[]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toMatchObject({ code: 'INGEST_INVALID' });
    return (error as { details: { issues: IngestIssue[] } }).details.issues;
  }
  throw new Error('expected INGEST_INVALID');
}

describe('data migrations on a graph written before them', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  afterAll(async () => db.close());

  describe.each(FIXTURES)('$name', ({ file }) => {
    it('gives the hashes and fingerprints a new ingest gives; its export then ingests into it unchanged', async () => {
      await clearGraph(db);
      await ingest(db, [{ file }]);
      const fresh = await snapshot(db);

      const changed = await makeOld(db, file);
      const old = await snapshot(db);
      expect(old).not.toEqual(fresh);
      if (changed > 0) {
        // The problem: the export (lists sorted) conflicts with the old hashes.
        const issues = await issuesOf(
          ingest(db, [{ name: 'export.json', text: await exported(db) }], { dryRun: true }),
        );
        expect(issues.map((issue) => issue.code)).toContain('CONFLICTS_WITH_GRAPH');
      }

      const report = await migrate(db, testLogger);
      expect(report.applied).toEqual(DATA_MIGRATIONS);
      expect(await snapshot(db)).toEqual(fresh);

      const text = await exported(db);
      const again = await ingest(db, [{ name: 'export.json', text }]);
      expect(again.counters).toEqual(NOTHING);
      expect((await ingest(db, [{ file }])).counters).toEqual(NOTHING);
      expect(await snapshot(db)).toEqual(fresh);
    });
  });

  it('has old hashes that differ from the new in the fixtures (the test above can fail)', async () => {
    await clearGraph(db);
    await ingest(db, [{ file: COMPARISON_YAML }]);
    expect(await makeOld(db, COMPARISON_YAML)).toBeGreaterThan(0);
    await migrate(db, testLogger);
  });

  it('refuses a look-alike of a statement written before fingerprints, naming it', async () => {
    await clearGraph(db);
    const original = statementRecord(1, { id: 'statement:pre-008' });
    await ingest(db, [{ name: 'old.json', text: documentWith([original]) }]);
    await makeOld(db);
    const lookAlike = { ...original, id: 'statement:look-alike', kind: 'PRESS_CONFERENCE' };
    // Before the backfill the old statement has no fingerprint: the look-alike is not seen.
    const unseen = await ingest(db, [{ name: 'new.json', text: documentWith([lookAlike]) }], {
      dryRun: true,
    });
    expect(unseen.statements).toBe(1);

    expect((await migrate(db, testLogger)).applied).toEqual(DATA_MIGRATIONS);
    const issues = await issuesOf(
      ingest(db, [{ name: 'new.json', text: documentWith([lookAlike]) }]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_STATEMENT',
        file: 'new.json',
        record: 'statements[0]',
        message: expect.stringContaining('"statement:pre-008" (in the graph)'),
      }),
    ]);
  });

  it('changes nothing when run again, as migrations or as steps', async () => {
    await clearGraph(db);
    await ingest(db, [{ file: COMPARISON_YAML }]);
    await makeOld(db, COMPARISON_YAML);
    await migrate(db, testLogger);
    const migrated = await snapshot(db);
    expect(await migrate(db, testLogger)).toMatchObject({ applied: [] });
    // Run again whole, as after an interruption: nothing is left to do.
    expect(await statementFingerprints.run(db, testLogger)).toBe(0);
    expect(await contentHashSets.run(db, testLogger)).toBe(0);
    expect(await snapshot(db)).toEqual(migrated);
  });
});
