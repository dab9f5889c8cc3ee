import { Writable } from 'node:stream';
import { exportGraph } from '../../../src/export/export';
import { ingest } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { show } from '../../../src/catalog/catalog';
import { shownText } from '../../../src/cli/format/show-text';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

/**
 * Statements as sources present them: several speakers with the roles they spoke in, urls that
 * are enough on their own to cite a document, through ingestion, GraphQL, the CLI and export.
 * `diplograph show` is its query and text (the command prints `shownText(await show(…))`), run
 * in process: the built CLI (tests/integration/cli) adds nothing to what is checked here.
 */

/** What `diplograph show ID` prints. */
const shown = async (db: Database, id: string) => shownText(await show(db, id));

async function exported(db: Database): Promise<string> {
  let text = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
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

const withoutId = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'id'));

const CO_CHAIRS = [
  { id: 'person:igor-popov', kind: 'PERSON', name: 'Igor Popov' },
  {
    id: 'person:stephane-visconti',
    kind: 'PERSON',
    name: 'Stéphane Visconti',
    aliases: ['Visconti'],
  },
  { id: 'person:andrew-schofer', kind: 'PERSON', name: 'Andrew Schofer' },
];

/** The three co-chairs, by id, by alias and by id, each with the role they spoke in. */
const SPEAKERS = [
  { actor: 'person:igor-popov', role: 'OSCE Minsk Group Co-Chair (Russia)' },
  { actor: 'Visconti', role: 'OSCE Minsk Group Co-Chair (France)' },
  { actor: 'person:andrew-schofer', role: 'OSCE Minsk Group Co-Chair (United States)' },
];

const JOINT = statementRecord(1, {
  id: 'statement:co-chairs-2020-10-10',
  date: '2020-10-10',
  kind: 'JOINT_STATEMENT',
  speakers: SPEAKERS,
  onBehalfOf: ['RUS', 'FRA', 'USA'],
  quotes: [{ ref: 'q', text: 'The Co-Chairs call on the sides to respect the ceasefire.' }],
});

const URL = 'https://www.mfa.gov.ir/portal/newsview/612345';
const OTHER_URL = 'https://en.irna.ir/news/84066123/';
const URL_ONLY = statementRecord(2, {
  id: 'statement:url-only',
  date: '2020-10-12',
  kind: undefined,
  speaker: 'person:stephane-visconti',
  urls: [URL, { url: OTHER_URL, title: 'Iran ready to mediate' }],
});

const FILE = documentWith([JOINT, URL_ONLY], { actors: CO_CHAIRS });

describe('statements with several speakers and urls', () => {
  let db: Database;
  let api: TestApi;
  const count = async (pattern: string) =>
    (await db.read(`MATCH ${pattern} RETURN count(*) AS n`)).records[0]!.get('n') as number;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    api = await startTestApi(db);
  });
  beforeEach(async () => {
    await clearGraph(db);
    await ingest(db, [{ name: 'sources.json', text: FILE }]);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('stores each speaker with its role, and GraphQL gives them in order, speaker the first', async () => {
    const { body } = await api.query(
      '{ statement(id: "statement:co-chairs-2020-10-10") { speaker { id } speakers { actor { id name } role } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.statement).toEqual({
      speaker: { id: 'person:igor-popov' },
      speakers: [
        {
          actor: { id: 'person:igor-popov', name: 'Igor Popov' },
          role: 'OSCE Minsk Group Co-Chair (Russia)',
        },
        {
          actor: { id: 'person:stephane-visconti', name: 'Stéphane Visconti' },
          role: 'OSCE Minsk Group Co-Chair (France)',
        },
        {
          actor: { id: 'person:andrew-schofer', name: 'Andrew Schofer' },
          role: 'OSCE Minsk Group Co-Chair (United States)',
        },
      ],
    });
    expect(
      await count('(:Actor)-[:MADE]->(:Statement {id: "statement:co-chairs-2020-10-10"})'),
    ).toBe(3);
  });

  it('filters statements by any of their speakers, in a page too', async () => {
    const { body } = await api.query(
      '{ statements(filter: {speaker: "person:andrew-schofer"}) { edges { node { id speakers { actor { id } role } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const edges = (body.data!.statements as { edges: { node: { id: string } }[] }).edges;
    expect(edges.map((e) => e.node.id)).toEqual(['statement:co-chairs-2020-10-10']);
    const visconti = await api.query(
      '{ statements(filter: {speaker: "Visconti"}) { edges { node { id speaker { id } } } } }',
    );
    expect(visconti.body.errors).toBeUndefined();
    const ids = (visconti.body.data!.statements as { edges: { node: { id: string } }[] }).edges
      .map((e) => e.node.id)
      .sort();
    expect(ids).toEqual(['statement:co-chairs-2020-10-10', 'statement:url-only']);
  });

  it('makes a document of a url alone, its source from the host, and re-ingesting changes nothing', async () => {
    const { body } = await api.query(
      '{ statement(id: "statement:url-only") { kind documents { title url source { id name } } } }',
    );
    expect(body.errors).toBeUndefined();
    const statement = body.data!.statement as { kind: null; documents: { url: string }[] };
    expect(statement.kind).toBeNull();
    expect([...statement.documents].sort((a, b) => (a.url < b.url ? -1 : 1))).toEqual([
      {
        title: 'Iran ready to mediate',
        url: OTHER_URL,
        source: { id: 'source:en.irna.ir', name: 'en.irna.ir' },
      },
      { title: null, url: URL, source: { id: 'source:mfa.gov.ir', name: 'mfa.gov.ir' } },
    ]);
    const report = await ingest(db, [{ name: 'sources.json', text: FILE }]);
    expect(report.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    // Another statement citing the same url, in another run: still one document, one source.
    const again = statementRecord(3, { date: '2020-10-13', urls: [URL] });
    await ingest(db, [{ name: 'again.json', text: documentWith([again]) }]);
    expect(await count(`(d:Document {url: "${URL}"})`)).toBe(1);
    expect(await count('(s:Source)')).toBe(2);
    expect(await count(`(:Statement)-[:REPORTED_IN]->(:Document {url: "${URL}"})`)).toBe(2);
  });

  it('shows speakers with roles, urls and an unspecified kind and act in `diplograph show`', async () => {
    const joint = await shown(db, 'statement:co-chairs-2020-10-10');
    expect(joint).toContain(
      [
        '  speakers     person:igor-popov (Igor Popov), OSCE Minsk Group Co-Chair (Russia)',
        '               person:stephane-visconti (Stéphane Visconti), OSCE Minsk Group Co-Chair (France)',
        '               person:andrew-schofer (Andrew Schofer), OSCE Minsk Group Co-Chair (United States)',
      ].join('\n'),
    );
    const urlOnly = await shown(db, 'statement:url-only');
    expect(urlOnly).toContain('  kind         unspecified');
    expect(urlOnly).toContain(`  reported in  ${OTHER_URL}  “Iran ready to mediate”`);
    expect(urlOnly).toContain(`\n               ${URL}\n`);
    const noAct = statementRecord(4, {
      stances: [{ position: 'CEASEFIRE:test-conflict', stance: 'SUPPORTS', quote: 'q' }],
    });
    await ingest(db, [{ name: 'no-act.json', text: documentWith([noAct]) }]);
    expect(await shown(db, 'statement:test-4')).toMatch(
      /SUPPORTS\s+CEASEFIRE:test-conflict .*act unspecified, ASSERTED/,
    );
  });

  it('refuses speaker and speakers together, naming file, record and field', async () => {
    const both = statementRecord(5, { speaker: 'person:igor-popov', speakers: SPEAKERS });
    const issues = await issuesOf(ingest(db, [{ name: 'both.json', text: documentWith([both]) }]));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'CONFLICTING_FIELDS',
        file: 'both.json',
        record: 'statements[0]',
        field: 'speakers',
      }),
    ]);
    expect(await count('(:Statement {id: "statement:test-5"})')).toBe(0);
  });

  it('finds the same statement with its speakers in another order under another id', async () => {
    const reordered = {
      ...JOINT,
      id: 'statement:co-chairs-again',
      speakers: [SPEAKERS[2], SPEAKERS[0], { actor: 'person:stephane-visconti' }],
    };
    const issues = await issuesOf(
      ingest(db, [{ name: 'feed.ndjson', text: JSON.stringify(reordered) }]),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_STATEMENT',
        record: 'statements[0]',
        message: expect.stringContaining('"statement:co-chairs-2020-10-10"'),
      }),
    ]);
    // Without ids, both orders derive one id: the second is the first, written once.
    const derived = withoutId(JOINT);
    const derivedReordered = withoutId({ ...reordered, speakers: [...SPEAKERS].reverse() });
    await clearGraph(db);
    await ingest(db, [
      {
        name: 'derived.json',
        text: documentWith([derived, derivedReordered], { actors: CO_CHAIRS }),
      },
    ]);
    expect(await count('(s:Statement)')).toBe(1);
  });

  it('export → empty graph → ingest → export is identical, with speakers, roles and urls', async () => {
    const first = await exported(db);
    const parsed = JSON.parse(first) as {
      documents: unknown[];
      statements: Record<string, unknown>[];
    };
    const byId = new Map(parsed.statements.map((s) => [s.id, s]));
    expect(byId.get('statement:co-chairs-2020-10-10')).toMatchObject({
      speakers: SPEAKERS.map((sp, i) =>
        i === 1 ? { ...sp, actor: 'person:stephane-visconti' } : sp,
      ),
    });
    expect(byId.get('statement:co-chairs-2020-10-10')).not.toHaveProperty('speaker');
    expect(byId.get('statement:url-only')).toMatchObject({
      speaker: 'person:stephane-visconti',
      urls: [URL],
    });
    expect(parsed.documents).toEqual([
      expect.objectContaining({ title: 'Iran ready to mediate', publishedAt: 'unknown' }),
    ]);

    await clearGraph(db);
    await ingest(db, [{ name: 'export.json', text: first }]);
    expect(await exported(db)).toBe(first);
  });
});
