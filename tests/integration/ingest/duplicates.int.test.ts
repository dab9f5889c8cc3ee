import { ingest } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import type { Database } from '../../../src/neo4j/database';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

async function issuesOf(promise: Promise<unknown>): Promise<IngestIssue[]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toMatchObject({ code: 'INGEST_INVALID' });
    return (error as { details: { issues: IngestIssue[] } }).details.issues;
  }
  throw new Error('expected INGEST_INVALID');
}

const ndjson = (records: Record<string, unknown>[]) =>
  records.map((r) => JSON.stringify(r)).join('\n');

// The same speaker-less statement (date, actor, quote) under a second id; the quote's spacing
// differs, which is formatting, not content.
const ORIGINAL = statementRecord(1);
const LOOK_ALIKE = {
  ...statementRecord(1, { id: 'statement:again' }),
  quotes: [{ ref: 'q', text: '  We support the ceasefire,   statement 1. ' }],
};

describe('duplicate statements', () => {
  let db: Database;
  const count = async () =>
    (await db.read('MATCH (s:Statement) RETURN count(s) AS n')).records[0]!.get('n') as number;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  beforeEach(async () => clearGraph(db));
  afterAll(async () => db.close());

  it('refuses a look-alike of a statement in the same input, naming it', async () => {
    const issues = await issuesOf(
      ingest(db, [{ name: 'twice.json', text: documentWith([ORIGINAL, LOOK_ALIKE]) }]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_STATEMENT',
        file: 'twice.json',
        record: 'statements[1]',
        message: expect.stringContaining('"statement:test-1"'),
      }),
    ]);
    expect(await count()).toBe(0);
  });

  it('refuses a look-alike of a statement in the graph, from an NDJSON feed too', async () => {
    await ingest(db, [{ name: 'first.json', text: documentWith([ORIGINAL]) }]);
    const issues = await issuesOf(
      ingest(db, [{ name: 'feed.ndjson', text: ndjson([statementRecord(5), LOOK_ALIKE]) }]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_STATEMENT',
        file: 'feed.ndjson',
        line: 2,
        message: expect.stringContaining('"statement:test-1" (in the graph)'),
      }),
    ]);
    expect(await count()).toBe(1);
  });

  it('takes the same record again (same id) as the same statement', async () => {
    await ingest(db, [{ name: 'first.json', text: documentWith([ORIGINAL]) }]);
    const again = await ingest(db, [{ name: 'first.json', text: documentWith([ORIGINAL]) }]);
    expect(again.statementsNew).toBe(0);
    expect(await count()).toBe(1);
  });

  it('accepts two look-alikes that distinctFrom says are distinct, either way round', async () => {
    const distinct = { ...LOOK_ALIKE, distinctFrom: ['statement:test-1'] };
    await ingest(db, [{ name: 'both.json', text: documentWith([ORIGINAL, distinct]) }]);
    expect(await count()).toBe(2);
    await clearGraph(db);
    const first = { ...ORIGINAL, distinctFrom: ['statement:again'] };
    await ingest(db, [{ name: 'both.json', text: documentWith([first, LOOK_ALIKE]) }]);
    expect(await count()).toBe(2);
    // Against the graph, the new record says so.
    await clearGraph(db);
    await ingest(db, [{ name: 'first.json', text: documentWith([ORIGINAL]) }]);
    await ingest(db, [{ name: 'later.json', text: documentWith([distinct]) }]);
    expect(await count()).toBe(2);
  });

  it('finds the graph statement by the fingerprint index, not a scan', async () => {
    const { records } = await db.read(
      "EXPLAIN MATCH (n:Statement {fingerprint: 'x'}) WHERE n.status IS NULL RETURN n.id",
    );
    expect(records).toEqual([]);
    const plan = (await db.read("EXPLAIN MATCH (n:Statement {fingerprint: 'x'}) RETURN n.id"))
      .summary.plan;
    expect(JSON.stringify(plan)).toContain('NodeIndexSeek');
  });
});
