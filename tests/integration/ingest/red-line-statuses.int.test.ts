import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { show } from '../../../src/catalog/catalog';
import { shownText } from '../../../src/cli/format/show-text';
import { fromRoot } from '../../../src/config/paths';
import { exportGraph } from '../../../src/export/export';
import { ingest } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import type { Database } from '../../../src/neo4j/database';
import { changeStatus } from '../../../src/statements/status';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * Red line statuses (tests/fixtures/red-lines/red-lines.yaml): a red line declared, restated,
 * declared crossed by the other party and invoked by a third, read back through GraphQL (the
 * red line's history and the redLines comparison's latest status), the CLI's `show`, retraction,
 * re-ingestion and export; and the input errors, each naming file, record and field.
 */
const FIXTURE = 'tests/fixtures/red-lines/red-lines.yaml';
const RED_LINE = 'RED_LINE:IRN:no-shelling-of-iranian-territory';

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

const HISTORY = `query ($id: ID!) { node(id: $id) { ... on Position { redLine { statuses {
  status date statement { id } by { id } quote { text } } } } } }`;

interface StatusOut {
  status: string;
  date: string;
  statement: { id: string };
  by: { id: string }[];
  quote?: { text: string };
}

const status = (status: string, date: string, statement: string, by: string[]) => ({
  status,
  date,
  statement: { id: `statement:${statement}` },
  by: by.map((id) => ({ id })),
});

describe('red line statuses', () => {
  let db: Database;
  let api: TestApi;
  const fixture = () => [{ name: 'red-lines.yaml', text: readFileSync(fromRoot(FIXTURE), 'utf8') }];

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, fixture());
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  async function history(): Promise<StatusOut[]> {
    const { body } = await api.query(HISTORY, { id: RED_LINE });
    expect(body.errors).toBeUndefined();
    const node = body.data!.node as { redLine: { statuses: StatusOut[] } };
    return node.redLine.statuses;
  }

  async function redLines(args: string) {
    const { body } = await api.query(`{ redLines(${args}) {
      position { id }
      statuses { status statement { id } }
      latestStatus { status date statement { id } by { id } }
    } }`);
    expect(body.errors).toBeUndefined();
    return body.data!.redLines as {
      position: { id: string };
      statuses: { status: string; statement: { id: string } }[];
      latestStatus: Omit<StatusOut, 'quote'> | null;
    }[];
  }

  it('lists what each statement did with the red line, oldest first, by whom, with the quote', async () => {
    const statuses = await history();
    expect(statuses.map(({ quote: _quote, ...rest }) => rest)).toEqual([
      status('DECLARED', '2020-09-28', 'rl-001', ['IRN']),
      status('RESTATED', '2020-10-10', 'rl-002', ['IRN']),
      // The other party declares it crossed: `by` left out is the statement's onBehalfOf.
      status('DECLARED_CROSSED', '2020-10-20', 'rl-003', ['AZE']),
      // A joint statement of FRA and USA, in which France alone invokes it (`by` given).
      status('INVOKED', '2020-10-25', 'rl-004', ['FRA']),
      status('RESTATED', '2020-11-01', 'rl-005', ['IRN']),
    ]);
    expect(statuses[2]!.quote?.text).toBe(
      'Borvian shells have now fallen in Iran; the line Tehran drew has been crossed.',
    );
  });

  it('gives the redLines comparison the statuses of its window and the latest up to its end', async () => {
    const [all] = await redLines('actor: "IRN"');
    expect(all!.position.id).toBe(RED_LINE);
    expect(all!.statuses).toHaveLength(5);
    expect(all!.latestStatus).toEqual(status('RESTATED', '2020-11-01', 'rl-005', ['IRN']));

    const [window] = await redLines('actor: "IRN", from: "2020-10-01", to: "2020-10-22"');
    expect(window!.statuses).toEqual([
      { status: 'RESTATED', statement: { id: 'statement:rl-002' } },
      { status: 'DECLARED_CROSSED', statement: { id: 'statement:rl-003' } },
    ]);
    expect(window!.latestStatus).toEqual(
      status('DECLARED_CROSSED', '2020-10-20', 'rl-003', ['AZE']),
    );

    // Before the first status was reported there is none; after the window none is listed.
    const [before] = await redLines('actor: "IRN", to: "2020-09-27"');
    expect(before!.latestStatus).toBeNull();
    const [after] = await redLines('actor: "IRN", from: "2021-01-01"');
    expect(after!.statuses).toEqual([]);
    expect(after!.latestStatus?.statement.id).toBe('statement:rl-005');
  });

  it('prints the statuses where the CLI shows the red line', async () => {
    const text = shownText(await show(db, RED_LINE));
    expect(text).toContain('red line statuses, oldest first');
    const lines = text
      .split('\n')
      .filter((line) => / {2}2020-\d\d-\d\d {2}[A-Z_]+ +by /.test(line));
    expect(lines.map((line) => line.trim().split(/\s+/).slice(0, 4))).toEqual([
      ['2020-09-28', 'DECLARED', 'by', 'IRN'],
      ['2020-10-10', 'RESTATED', 'by', 'IRN'],
      ['2020-10-20', 'DECLARED_CROSSED', 'by', 'AZE'],
      ['2020-10-25', 'INVOKED', 'by', 'FRA'],
      ['2020-11-01', 'RESTATED', 'by', 'IRN'],
    ]);
  });

  it('changes nothing when the same file is ingested again', async () => {
    const report = await ingest(db, fixture());
    expect(report.counters).toEqual({
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      labelsAdded: 0,
    });
    expect(await history()).toHaveLength(5);
  });

  it('exports them, `by` only where it is not onBehalfOf, and ingests the export back identically', async () => {
    const first = await exported(db);
    const parsed = JSON.parse(first) as { statements: Record<string, unknown>[] };
    const of = (id: string) => parsed.statements.find((s) => s.id === `statement:${id}`);
    expect(of('rl-003')!.redLineStatuses).toEqual([
      { redLine: RED_LINE, status: 'DECLARED_CROSSED', quote: 'crossed' },
    ]);
    expect(of('rl-004')!.redLineStatuses).toEqual([
      { redLine: RED_LINE, status: 'INVOKED', quote: 'warn', by: ['FRA'] },
    ]);
    await resetAndMigrate(db);
    await ingest(db, [{ name: 'export.json', text: first }]);
    expect(await exported(db)).toBe(first);
  });

  it('leaves out the status of a retracted statement', async () => {
    await changeStatus(db, {
      kind: 'RETRACT',
      id: 'statement:rl-005',
      reason: 'misattributed',
      by: 'test',
    });
    const statuses = await history();
    expect(statuses.map((s) => s.statement.id)).not.toContain('statement:rl-005');
    expect(statuses).toHaveLength(4);
    const [all] = await redLines('actor: "IRN"');
    expect(all!.latestStatus).toEqual(status('INVOKED', '2020-10-25', 'rl-004', ['FRA']));
    expect(shownText(await show(db, RED_LINE))).not.toContain('statement:rl-005');
  });

  it('refuses a position that is no red line, an unknown quote ref and an unknown actor, naming each', async () => {
    const statement = (redLineStatuses: unknown[]) => ({
      id: 'statement:rl-bad',
      date: '2020-12-01',
      onBehalfOf: ['IRN'],
      quotes: [{ ref: 'q', text: 'A statement the red line tests refuse.' }],
      redLineStatuses,
    });
    const file = JSON.stringify({
      format: 'diplograph/v1',
      statements: [
        statement([
          { redLine: 'CEASEFIRE:test-rl-war', status: 'INVOKED', quote: 'q' },
          { redLine: RED_LINE, status: 'RESTATED', quote: 'nope' },
          { redLine: RED_LINE, status: 'DECLARED_CROSSED', quote: 'q', by: ['Atlantis'] },
        ]),
      ],
    });
    const issues = await issuesOf(ingest(db, [{ name: 'bad.json', text: file }]));
    expect(issues.map(({ code, file, record, field }) => ({ code, file, record, field }))).toEqual([
      {
        code: 'UNKNOWN_REFERENCE',
        file: 'bad.json',
        record: 'statements[0]',
        field: 'redLineStatuses[0].redLine',
      },
      {
        code: 'MISSING_QUOTE',
        file: 'bad.json',
        record: 'statements[0]',
        field: 'redLineStatuses[1].quote',
      },
      {
        code: 'UNKNOWN_REFERENCE',
        file: 'bad.json',
        record: 'statements[0]',
        field: 'redLineStatuses[2].by[0]',
      },
    ]);
    expect(issues[0]!.message).toContain('is not a red line (a position of type RED_LINE)');
    // Nothing half-written.
    const { records } = await db.read("MATCH (s:Statement {id: 'statement:rl-bad'}) RETURN s");
    expect(records).toHaveLength(0);
  });

  it('accepts a red line that only the graph defines', async () => {
    const file = JSON.stringify({
      format: 'diplograph/v1',
      statements: [
        {
          id: 'statement:rl-006',
          date: '2020-12-05',
          onBehalfOf: ['IRN'],
          quotes: [
            { ref: 'q', text: 'Shells fell on Iranian villages; our red line was crossed.' },
          ],
          redLineStatuses: [{ redLine: RED_LINE, status: 'DECLARED_CROSSED', quote: 'q' }],
        },
      ],
    });
    await ingest(db, [{ name: 'later.json', text: file }]);
    expect((await history()).at(-1)).toMatchObject(
      status('DECLARED_CROSSED', '2020-12-05', 'rl-006', ['IRN']),
    );
  });
});
