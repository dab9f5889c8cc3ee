import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandInputs, ingest } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import type { Database } from '../../../src/neo4j/database';
import {
  clearGraph,
  openTestDatabase,
  REFERENCE_DATA,
  resetAndMigrate,
} from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

async function count(db: Database, query: string): Promise<number> {
  const { records } = await db.read<{ n: number }>(query);
  return records[0]!.get('n');
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

/** --commit-every's temporary plan files (src/ingest/write/plan-spool.ts). */
/**
 * A folder of its own for --commit-every's spool, so that other ingests running on the machine
 * (benchmarks, another test run) cannot change what is found there; it must be empty after.
 */
const spoolHome = () => mkdtempSync(path.join(os.tmpdir(), 'diplograph-spool-test-'));
const spools = (dir: string) => readdirSync(dir);

describe('ingest', () => {
  let db: Database;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  beforeEach(async () => {
    await clearGraph(db);
  });
  afterAll(async () => db.close());

  it('writes nothing when one record of 1,001 is bad, and names that record', async () => {
    const statements = Array.from({ length: 1001 }, (_, i) =>
      statementRecord(
        i,
        i === 637
          ? {
              stances: [
                {
                  position: 'CEASEFIRE:test-conflict',
                  stance: 'SUPPORTS',
                  act: 'CALLS_FR',
                  quote: 'q',
                },
              ],
            }
          : {},
      ),
    );
    const issues = await issuesOf(
      ingest(db, [{ name: 'feed.json', text: documentWith(statements) }]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_VALUE',
        file: 'feed.json',
        record: 'statements[637]',
        field: 'stances[0].act',
        closest: ['CALLS_FOR'],
      }),
    ]);
    expect(await count(db, 'MATCH (s:Statement) RETURN count(s) AS n')).toBe(0);
  });

  it('writes 1,000 valid records in one transaction, and nothing more the second time', async () => {
    const text = documentWith(Array.from({ length: 1000 }, (_, i) => statementRecord(i)));
    const first = await ingest(db, [{ name: 'feed.json', text }], { batchSize: 300 });
    expect(first.statements).toBe(1000);
    // Statements, quotes, topic, position, and a month summary for each of the 12 months.
    expect(first.counters?.nodesCreated).toBe(1000 + 1000 + 2 + 12);
    expect(await count(db, 'MATCH (:Statement)-[r:TAKES_STANCE]->() RETURN count(r) AS n')).toBe(
      1000,
    );
    const second = await ingest(db, [{ name: 'feed.json', text }]);
    expect(second.counters).toEqual({
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      labelsAdded: 0,
    });
  });

  it('with commit-every writes in parts, and the same counters as one transaction', async () => {
    const text = documentWith(Array.from({ length: 250 }, (_, i) => statementRecord(i)));
    const progress: number[] = [];
    const report = await ingest(db, [{ name: 'feed.json', text }], {
      commitEvery: 100,
      batchSize: 40,
      onProgress: (done) => progress.push(done),
    });
    expect(report.counters?.nodesCreated).toBe(250 + 250 + 2 + 12);
    expect(progress.at(-1)).toBe(250);
    expect(await count(db, 'MATCH (:Statement)-[r:TAKES_STANCE]->() RETURN count(r) AS n')).toBe(
      250,
    );
  });

  describe('NDJSON, streamed in chunks', () => {
    const definitions = { name: 'definitions.json', text: documentWith([]) };
    const feed = (records: Record<string, unknown>[]) => ({
      name: 'feed.ndjson',
      text: `${records.map((r) => JSON.stringify(r)).join('\n')}\n`,
    });
    const badAt = (bad: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        statementRecord(i, i === bad ? { date: '2021-02-30' } : {}),
      );

    it('rolls back chunks already written when a later one is bad, and names the line', async () => {
      // Chunks of 100: nine go into the transaction before the bad record at line 951.
      const issues = await issuesOf(
        ingest(db, [definitions, feed(badAt(950, 1000))], { batchSize: 100 }),
      );
      expect(issues).toEqual([
        expect.objectContaining({
          code: 'INVALID_DATE',
          file: 'feed.ndjson',
          line: 951,
          record: 'statements[950]',
          field: 'date',
        }),
      ]);
      expect(await count(db, `MATCH (n) WHERE NOT ${REFERENCE_DATA} RETURN count(n) AS n`)).toBe(0);
    });

    it('with commit-every validates everything before the first commit', async () => {
      const tempDir = spoolHome();
      await issuesOf(
        ingest(db, [definitions, feed(badAt(950, 1000))], {
          batchSize: 100,
          commitEvery: 200,
          tempDir,
        }),
      );
      expect(await count(db, 'MATCH (s:Statement) RETURN count(s) AS n')).toBe(0);
      // A reference problem (not a structural one) late in the feed: nothing committed either.
      const records = Array.from({ length: 500 }, (_, i) =>
        statementRecord(i, i === 450 ? { onBehalfOf: ['Atlantis'] } : {}),
      );
      const issues = await issuesOf(
        ingest(db, [definitions, feed(records)], { batchSize: 50, commitEvery: 100, tempDir }),
      );
      expect(issues).toEqual([
        expect.objectContaining({ code: 'UNKNOWN_REFERENCE', line: 451, field: 'onBehalfOf[0]' }),
      ]);
      expect(await count(db, 'MATCH (s:Statement) RETURN count(s) AS n')).toBe(0);
      expect(spools(tempDir)).toEqual([]);
    });

    it('resumes an interrupted run: what was committed is skipped, the rest written', async () => {
      const records = Array.from({ length: 300 }, (_, i) => statementRecord(i));
      const tempDir = spoolHome();
      await ingest(db, [definitions, feed(records.slice(0, 120))], { commitEvery: 50, tempDir });
      const progress: number[] = [];
      const report = await ingest(db, [definitions, feed(records)], {
        batchSize: 64,
        commitEvery: 100,
        tempDir,
        onProgress: (done, total) => progress.push(done, total),
      });
      expect([report.statements, report.statementsNew]).toEqual([300, 180]);
      expect(report.counters?.nodesCreated).toBe(180 + 180); // statements and their quotes
      expect(progress.slice(-2)).toEqual([180, 300]);
      expect(await count(db, 'MATCH (:Statement)-[r:TAKES_STANCE]->() RETURN count(r) AS n')).toBe(
        300,
      );
      expect(spools(tempDir)).toEqual([]);
    });

    describe('parts in flight side by side', () => {
      const envoys = Array.from({ length: 4 }, (_, k) => ({
        id: `person:envoy-${k}`,
        kind: 'PERSON',
        name: `Envoy ${k}`,
      }));
      // Enough that the first two parts are written while the rest is still being validated.
      const records = Array.from({ length: 1000 }, (_, i) =>
        statementRecord(i, {
          speaker: `person:envoy-${i % 4}`,
          onBehalfOf: [['TUR', 'AZE', 'ARM'][i % 3]],
          stances: [
            {
              position: 'CEASEFIRE:test-conflict',
              stance: ['SUPPORTS', 'OPPOSES'][i % 2],
              act: 'CALLS_FOR',
              quote: 'q',
            },
          ],
        }),
      );
      const withEnvoys = { name: 'definitions.json', text: documentWith([], { actors: envoys }) };

      /** What the ingest leaves in the graph, in an order of its own. */
      async function graph() {
        const { records: rows } = await db.read<{
          id: string;
          speaker: string | null;
          onBehalfOf: string[];
          stances: string[];
          quotes: number;
        }>(
          `MATCH (s:Statement)
           OPTIONAL MATCH (speaker)-[:MADE]->(s)
           OPTIONAL MATCH (s)-[:ON_BEHALF_OF]->(a)
           OPTIONAL MATCH (s)-[t:TAKES_STANCE]->(p)
           OPTIONAL MATCH (s)-[:QUOTES]->(q)
           WITH s.id AS id, speaker.id AS speaker, collect(DISTINCT a.id) AS onBehalfOf,
                collect(DISTINCT p.id + ' ' + t.stance) AS stances, count(DISTINCT q) AS quotes
           RETURN id, speaker, onBehalfOf, stances, quotes ORDER BY id`,
        );
        const { records: months } = await db.read<{ evidence: string[] }>(
          `MATCH (m:StanceMonth)
           RETURN m.positionId AS position, m.actorId AS actor, m.month AS month,
                  m.supports AS supports, m.opposes AS opposes, m.lastDay AS lastDay,
                  m.evidence AS evidence
           ORDER BY position, actor, month`,
        );
        return {
          statements: rows.map((r) => r.toObject()),
          months: months.map((r) => ({ ...r.toObject(), evidence: r.get('evidence').sort() })),
        };
      }

      it('write what one transaction writes, where the later parts find what the first creates', async () => {
        // The envoys, the topic and the position are created by the first part, which the
        // others must find committed.
        const report = await ingest(db, [withEnvoys, feed(records)], {
          batchSize: 25,
          commitEvery: 50,
        });
        expect(report.statementsNew).toBe(1000);
        const inParts = await graph();
        expect(inParts.statements.filter((s) => s.speaker !== null)).toHaveLength(1000);
        expect(inParts.statements.every((s) => s.stances.length === 1 && s.quotes === 1)).toBe(
          true,
        );

        await clearGraph(db);
        await ingest(db, [withEnvoys, feed(records)], { batchSize: 25 });
        expect(inParts).toEqual(await graph());
      });

      it('write what one transaction writes when the definitions are in the graph already', async () => {
        // Nothing new in the first part for the others to wait on: parts run side by side.
        await ingest(db, [withEnvoys]);
        await ingest(db, [feed(records)], { batchSize: 20, commitEvery: 40 });
        const inParts = await graph();
        expect(inParts.statements).toHaveLength(1000);

        await clearGraph(db);
        await ingest(db, [withEnvoys]);
        await ingest(db, [feed(records)], { batchSize: 20 });
        expect(inParts).toEqual(await graph());
      });
    });

    it('stops with INGEST_SPOOL_FAILED, nothing committed, when its temporary file cannot be made', async () => {
      const records = Array.from({ length: 120 }, (_, i) => statementRecord(i));
      const tempDir = path.join(os.tmpdir(), 'no-such-folder', 'below');
      await expect(
        ingest(db, [definitions, feed(records)], { batchSize: 20, commitEvery: 40, tempDir }),
      ).rejects.toMatchObject({ code: 'INGEST_SPOOL_FAILED' });
      expect(await count(db, 'MATCH (s:Statement) RETURN count(s) AS n')).toBe(0);
    });

    it('refuses a statement given twice with other content, in different chunks', async () => {
      const records = Array.from({ length: 30 }, (_, i) => statementRecord(i));
      records.push(statementRecord(3, { kind: 'SPEECH' }));
      const issues = await issuesOf(ingest(db, [definitions, feed(records)], { batchSize: 10 }));
      expect(issues).toEqual([
        expect.objectContaining({
          code: 'DUPLICATE_ID',
          line: 31,
          message: expect.stringContaining('first at feed.ndjson statements[3]'),
        }),
      ]);
    });
  });

  it('stores hostile and unusual text verbatim', async () => {
    const texts = [
      'He said "no" and \'never\' — twice.',
      'Backticks `MATCH (n) DETACH DELETE n` and $param and {braces}',
      'MATCH (n) DETACH DELETE n',
      'Emoji 🕊️🇦🇿🇦🇲 and a zero-width joiner 👩‍⚕️',
      'نحن ندعو إلى وقف فوري لإطلاق النار',
      'אנו קוראים להפסקת אש מיידית',
      'Line one\nline two\ttabbed',
    ];
    const statement = statementRecord(1, {
      speaker: 'person:o-brien',
      quotes: texts.map((text, i) => ({ ref: `q${i}`, text })),
      stances: [
        { position: 'CEASEFIRE:test-conflict', stance: 'SUPPORTS', act: 'CALLS_FOR', quote: 'q2' },
      ],
    });
    const actors = [
      { id: 'person:o-brien', kind: 'PERSON', name: 'Seán O\'Brien "the `quoted`" 🕊️' },
    ];
    await ingest(db, [{ name: 'hostile.json', text: documentWith([statement], { actors }) }]);
    const { records } = await db.read<{ text: string }>(
      'MATCH (:Statement {id: $id})-[:QUOTES]->(q:Quote) RETURN q.text AS text',
      { id: 'statement:test-1' },
    );
    expect(records.map((r) => r.get('text')).sort()).toEqual([...texts].sort());
    const { records: people } = await db.read<{ name: string }>(
      "MATCH (p:Person {id: 'person:o-brien'}) RETURN p.name AS name",
    );
    expect(people[0]?.get('name')).toBe(actors[0]!.name);
    expect(await count(db, 'MATCH (s:State) RETURN count(s) AS n')).toBe(249);
  });

  it('makes the same statement from two files one node (derived id), and from NDJSON too', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
    const withoutId = { ...statementRecord(5), id: undefined };
    writeFileSync(path.join(dir, 'a.json'), documentWith([withoutId]));
    writeFileSync(path.join(dir, 'b.json'), documentWith([withoutId]));
    const report = await ingest(db, expandInputs([dir]));
    expect([report.statements, report.statementsNew]).toEqual([2, 1]);
    expect(await count(db, 'MATCH (s:Statement) RETURN count(s) AS n')).toBe(1);

    writeFileSync(path.join(dir, 'c.ndjson'), `${JSON.stringify(withoutId)}\n`);
    const again = await ingest(db, expandInputs([dir]));
    expect([again.statements, again.statementsNew]).toEqual([3, 0]);
    expect(again.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
  });

  it('resolves actors by ISO code in any case, by name and by alias', async () => {
    const statement = statementRecord(7, { onBehalfOf: ['aze', 'Republic of Armenia', 'Türkiye'] });
    await ingest(db, [{ name: 'refs.json', text: documentWith([statement]) }]);
    const { records } = await db.read<{ ids: string[] }>(
      "MATCH (:Statement {id: 'statement:test-7'})-[:ON_BEHALF_OF]->(a) RETURN collect(a.id) AS ids",
    );
    expect([...records[0]!.get('ids')].sort()).toEqual(['ARM', 'AZE', 'TUR']);
  });

  it('with dry run validates against the graph but writes nothing', async () => {
    const report = await ingest(
      db,
      [{ name: 'x.json', text: documentWith([statementRecord(9)]) }],
      { dryRun: true },
    );
    expect(report).toMatchObject({ dryRun: true, statements: 1, counters: null });
    expect(await count(db, 'MATCH (s:Statement) RETURN count(s) AS n')).toBe(0);
  });
});
