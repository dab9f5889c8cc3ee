import { Writable } from 'node:stream';
import { exportGraph } from '../../src/export/export';
import { ingest } from '../../src/ingest/ingest';
import type { IngestIssue } from '../../src/ingest/issues';
import { quoteId } from '../../src/model/ids';
import type { Database } from '../../src/neo4j/database';
import { startTestApi } from '../support/api';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../support/database';
import { documentWith, statementRecord } from '../support/ingest-fixtures';

/**
 * The text policy for quotes (docs/reliability.md): a quote is identified by its text in NFC,
 * so a decomposed (NFD) spelling is the same quote as the composed (NFC) one; but nothing is
 * merged away: each statement keeps its own spelling, which the export gives back verbatim.
 */
const COMPOSED = 'Le cessez-le-feu doit être respecté à Stepanakert.'.normalize('NFC');
const DECOMPOSED = COMPOSED.normalize('NFD');
const NOTHING = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };

const codePoints = (text: string) => [...text].length;

function statement(i: number, text: string): Record<string, unknown> {
  return statementRecord(i, { quotes: [{ ref: 'q', text }] });
}

async function exportedStatements(
  db: Database,
): Promise<{ id: string; quotes: { text: string }[] }[]> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  await exportGraph(db, 'json', out);
  return (JSON.parse(text) as { statements: { id: string; quotes: { text: string }[] }[] })
    .statements;
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

describe('text policy: NFC and NFD quotes', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await clearGraph(db);
  });
  afterAll(async () => db.close());

  it('the test texts differ in code points but are canonically equivalent', () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    expect(codePoints(DECOMPOSED)).toBeGreaterThan(codePoints(COMPOSED));
    expect(quoteId(DECOMPOSED)).toBe(quoteId(COMPOSED));
  });

  it('are one quote; each statement keeps its own spelling, stored and exported verbatim', async () => {
    const text = documentWith([statement(1, COMPOSED), statement(2, DECOMPOSED)]);
    await ingest(db, [{ name: 'both.json', text }]);
    const { records } = await db.read<{ id: string; node: string; own: string | null }>(
      `MATCH (s:Statement)-[r:QUOTES]->(q:Quote)
       RETURN s.id AS id, q.text AS node, r.text AS own ORDER BY id`,
    );
    const rows = records.map((r) => r.toObject());
    expect(rows).toEqual([
      // The quote keeps the spelling first ingested; the other statement its own.
      { id: 'statement:test-1', node: COMPOSED, own: null },
      { id: 'statement:test-2', node: COMPOSED, own: DECOMPOSED },
    ]);
    const quotes = await db.read<{ n: number }>('MATCH (q:Quote {id: $id}) RETURN count(q) AS n', {
      id: quoteId(COMPOSED),
    });
    expect(String(quotes.records[0]!.get('n'))).toBe('1');

    const exported = await exportedStatements(db);
    expect(exported.map((s) => [s.id, s.quotes[0]!.text])).toEqual([
      ['statement:test-1', COMPOSED],
      ['statement:test-2', DECOMPOSED],
    ]);
  });

  it('the API gives each statement its own spelling too (QuoteRef.text), beside the quote node', async () => {
    const api = await startTestApi(db);
    try {
      const spelled = async (id: string) => {
        const { body } = await api.query(
          'query ($id: ID!) { statement(id: $id) { quotes { ref text quote { text } } } }',
          { id },
        );
        return (body as { data: { statement: { quotes: unknown[] } } }).data.statement.quotes;
      };
      expect(await spelled('statement:test-1')).toEqual([
        { ref: 'q', text: COMPOSED, quote: { text: COMPOSED } },
      ]);
      expect(await spelled('statement:test-2')).toEqual([
        { ref: 'q', text: DECOMPOSED, quote: { text: COMPOSED } },
      ]);
      const { body } = await api.query(
        '{ statements(first: 10) { edges { node { id quotes { text } } } } }',
      );
      const page = (
        body as {
          data: { statements: { edges: { node: { id: string; quotes: { text: string }[] } }[] } };
        }
      ).data.statements.edges;
      expect(page.map((e) => [e.node.id, e.node.quotes[0]!.text]).sort()).toEqual([
        ['statement:test-1', COMPOSED],
        ['statement:test-2', DECOMPOSED],
      ]);
    } finally {
      await api.stop();
    }
  });

  it('ingesting either file again writes nothing', async () => {
    const text = documentWith([statement(1, COMPOSED), statement(2, DECOMPOSED)]);
    const report = await ingest(db, [{ name: 'again.json', text }]);
    expect(report.counters).toEqual(NOTHING);
  });

  it('the same statement in the other spelling is a conflict, not a silent merge', async () => {
    const text = documentWith([statement(2, COMPOSED)]);
    const issues = await issuesOf(ingest(db, [{ name: 'respelled.json', text }]));
    expect(issues.map((i) => [i.code, i.record])).toEqual([
      ['CONFLICTS_WITH_GRAPH', 'statements[0]'],
    ]);
  });

  it('a graph rebuilt from the export holds the same spellings', async () => {
    const before = await exportedStatements(db);
    await clearGraph(db);
    const text = documentWith(before);
    await ingest(db, [{ name: 'export.json', text }]);
    expect(await exportedStatements(db)).toEqual(before);
  });
});
