import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import {
  REALISTIC_DIR,
  loadExpectations,
  typeWithDescendants,
} from '../../support/realistic/expectations';
import type {
  ExpectedRedLineStatus,
  ExpectedStatement,
} from '../../support/realistic/expectations';
import { loadRealistic, stanceKey } from '../../support/realistic/load';
import { ingest } from '../../../src/ingest/ingest';
import path from 'node:path';

/**
 * The realistic fixture (tests/fixtures/realistic) against the real Neo4j: every statement and
 * stance of expected.yaml through GraphQL and through `diplograph show --format json`, filters
 * by names and by position types with their descendants, the look-alikes, and the comparisons
 * exactly as computed by hand. Everything is driven by expected.yaml: a statement added there
 * (and to the fixture) is checked without touching this file.
 */
const expectations = loadExpectations();
const byId = new Map(expectations.statements.map((s) => [s.id, s]));

interface StanceOut {
  position: { id: string };
  stance: string;
  act: string | null;
  modality: string;
}
interface StatementOut {
  id: string;
  date: string;
  kind: string | null;
  speakers: { actor: { id: string }; role: string | null }[];
  onBehalfOf: { id: string }[];
  documents: { url: string | null }[];
  stances: StanceOut[];
}

/** A statement as expected.yaml writes it. */
function asExpected(s: StatementOut): ExpectedStatement {
  return {
    id: s.id,
    date: s.date,
    kind: s.kind,
    speakers: s.speakers.map((sp) => ({ actor: sp.actor.id, role: sp.role })),
    onBehalfOf: s.onBehalfOf.map((a) => a.id).sort(),
    urls: s.documents.flatMap((d) => (d.url ? [d.url] : [])).sort(),
    stances: [],
  };
}

const sorted = (values: Iterable<string>) => [...values].sort();

/** A red line status as GraphQL gives it (RedLineStatusReport). */
interface RedLineStatusOut {
  date: string;
  status: string;
  by: { id: string }[];
  statement: { id: string };
  quote: { text: string };
}
const STATUS_FIELDS = 'date status by { id } statement { id } quote { text }';

/** A status as expected.yaml writes it. */
function statusAsExpected(s: RedLineStatusOut): ExpectedRedLineStatus {
  return {
    date: s.date,
    status: s.status as ExpectedRedLineStatus['status'],
    by: s.by.map((a) => a.id),
    statement: s.statement.id,
    quote: s.quote.text,
  };
}

describe('the realistic fixture, stance by stance and comparison by comparison', () => {
  let db: Database;
  let api: TestApi;

  const data = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const { body } = await api.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const statementIds = async (filter: Record<string, unknown>): Promise<string[]> => {
    const page = await data<{
      statements: { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
    }>(
      'query ($filter: StatementFilter) { statements(first: 100, filter: $filter) { pageInfo { hasNextPage } edges { node { id } } } }',
      { filter },
    );
    expect(page.statements.pageInfo.hasNextPage).toBe(false);
    return sorted(page.statements.edges.map((e) => e.node.id));
  };
  const counts = async () => {
    const result = await db.read(
      'MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS relationships',
    );
    const record = result.records[0]!;
    return {
      nodes: record.get('nodes') as number,
      relationships: record.get('relationships') as number,
    };
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadRealistic(db, expectations);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('holds exactly the statements of expected.yaml; ingesting again changes nothing', async () => {
    expect(await statementIds({})).toEqual(sorted(byId.keys()));
    const before = await counts();
    await loadRealistic(db, expectations);
    expect(await counts()).toEqual(before);
  });

  it.each([...byId.keys()])('GraphQL: %s as expected, stance by stance', async (id) => {
    const want = byId.get(id)!;
    const { statement } = await data<{ statement: StatementOut }>(
      `query ($id: ID!) { statement(id: $id) { id date kind speakers { actor { id } role }
        onBehalfOf { id } documents { url } stances { position { id } stance act modality } } }`,
      { id },
    );
    expect(asExpected(statement)).toEqual({
      ...want,
      onBehalfOf: sorted(want.onBehalfOf),
      stances: [],
    });
    const got = statement.stances.map((s) => stanceKey({ ...s, position: s.position.id }));
    expect(sorted(got)).toEqual(sorted(want.stances.map(stanceKey)));
  });

  it('CLI: show --format json gives every statement with its stances as expected', async () => {
    // Four processes at a time: each CLI run connects anew, which is most of its time.
    const wanted = [...byId.values()];
    const runs = [];
    for (let i = 0; i < wanted.length; i += 4) {
      const some = wanted.slice(i, i + 4);
      runs.push(
        ...(await Promise.all(some.map((s) => runCli(['show', s.id, '--format', 'json'])))),
      );
    }
    for (const [i, want] of wanted.entries()) {
      const run = runs[i]!;
      expect({ id: want.id, status: run.status, stderr: run.stderr }).toEqual({
        id: want.id,
        status: 0,
        stderr: '',
      });
      const shown = JSON.parse(run.stdout) as {
        kind: string;
        statement: {
          id: string;
          date: string;
          kind: string | null;
          speakers: { id: string; role: string | null }[];
          onBehalfOf: { id: string }[];
          stances: { position: string; stance: string; act: string | null; modality: string }[];
        };
      };
      const s = shown.statement;
      expect({ kind: shown.kind, id: s.id, date: s.date, statementKind: s.kind }).toEqual({
        kind: 'statement',
        id: want.id,
        date: want.date,
        statementKind: want.kind,
      });
      expect(s.speakers.map((p) => ({ actor: p.id, role: p.role }))).toEqual(want.speakers);
      expect(sorted(s.onBehalfOf.map((a) => a.id))).toEqual(sorted(want.onBehalfOf));
      expect({ id: want.id, stances: sorted(s.stances.map(stanceKey)) }).toEqual({
        id: want.id,
        stances: sorted(want.stances.map(stanceKey)),
      });
    }
  });

  it('statements by actor name: each actor’s statements, "Turkey" included', async () => {
    const actors = new Set(expectations.statements.flatMap((s) => s.onBehalfOf));
    const names = new Map(
      expectations.names.filter((n) => n.kind === 'actor').map((n) => [n.id, n.name]),
    );
    for (const actor of actors) {
      const want = expectations.statements.filter((s) => s.onBehalfOf.includes(actor));
      const ref = names.get(actor) ?? actor;
      expect({ ref, ids: await statementIds({ actor: ref }) }).toEqual({
        ref,
        ids: sorted(want.map((s) => s.id)),
      });
    }
  });

  it('statements by speaker: any of a statement’s speakers', async () => {
    const speakers = new Set(
      expectations.statements.flatMap((s) => s.speakers.map((sp) => sp.actor)),
    );
    for (const speaker of speakers) {
      const want = expectations.statements.filter((s) =>
        s.speakers.some((sp) => sp.actor === speaker),
      );
      expect({ speaker, ids: await statementIds({ speaker }) }).toEqual({
        speaker,
        ids: sorted(want.map((s) => s.id)),
      });
    }
  });

  it('statements by position type take in the types under it', async () => {
    const types = new Set([
      ...expectations.typeOf.values(),
      ...Object.values(expectations.typeParents),
    ]);
    for (const type of types) {
      const under = typeWithDescendants(expectations, type);
      const want = expectations.statements.filter((s) =>
        s.stances.some((st) => under.has(expectations.typeOf.get(st.position)!)),
      );
      expect({ type, ids: await statementIds({ positionType: type }) }).toEqual({
        type,
        ids: sorted(want.map((s) => s.id)),
      });
    }
  });

  it.each(expectations.redLines.map((line) => [line.id, line] as const))(
    'GraphQL: red line %s, its statuses in order and the latest, by declarer and by topic',
    async (id, want) => {
      const { position } = await data<{
        position: { redLine: { statuses: RedLineStatusOut[] } | null };
      }>(`query ($id: ID!) { position(id: $id) { redLine { statuses { ${STATUS_FIELDS} } } } }`, {
        id,
      });
      expect(position.redLine?.statuses.map(statusAsExpected)).toEqual(want.statuses);

      const report = async (args: { actor?: string; topic?: string }) => {
        const { redLines } = await data<{
          redLines: {
            position: { id: string };
            condition: string;
            threatenedResponse: string | null;
            declaredBy: { id: string }[];
            statuses: RedLineStatusOut[];
            latestStatus: RedLineStatusOut | null;
          }[];
        }>(
          `query ($actor: ID, $topic: ID) { redLines(actor: $actor, topic: $topic) {
            position { id } condition threatenedResponse declaredBy { id }
            statuses { ${STATUS_FIELDS} } latestStatus { ${STATUS_FIELDS} } } }`,
          args,
        );
        const found = redLines.find((r) => r.position.id === id);
        return (
          found && {
            condition: found.condition,
            threatenedResponse: found.threatenedResponse,
            declaredBy: sorted(found.declaredBy.map((a) => a.id)),
            statuses: found.statuses.map(statusAsExpected),
            latestStatus: found.latestStatus && statusAsExpected(found.latestStatus),
          }
        );
      };
      const expected = {
        condition: want.condition,
        threatenedResponse: want.threatenedResponse,
        declaredBy: sorted(want.declaredBy),
        statuses: want.statuses,
        // The window is open: the latest is the last (the unit test checks its status).
        latestStatus: want.statuses.at(-1) ?? null,
      };
      expect(expected.latestStatus?.status ?? null).toBe(want.latestStatus);
      for (const actor of want.declaredBy) expect(await report({ actor })).toEqual(expected);
      // Its statements take no stance on it: a statement on the topic that reports a status of
      // it puts it on the topic.
      expect(await report({ topic: want.topic })).toEqual(expected);
    },
  );

  it.each(expectations.redLines.map((line) => [line.id, line] as const))(
    'CLI: show %s --format json lists its statuses in order',
    async (id, want) => {
      const run = await runCli(['show', id, '--format', 'json']);
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      const shown = JSON.parse(run.stdout) as {
        kind: string;
        position: { id: string; redLineStatuses: ExpectedRedLineStatus[] };
      };
      expect(shown.kind).toBe('position');
      expect(shown.position.id).toBe(id);
      expect(shown.position.redLineStatuses).toEqual(want.statuses);
    },
  );

  it('refuses the look-alike of bad/, naming the original; the one marked distinct is in', async () => {
    const before = await counts();
    const file = path.join(REALISTIC_DIR, 'bad', 'look-alike-duplicate.yaml');
    await expect(ingest(db, [{ file }])).rejects.toMatchObject({
      code: 'INGEST_INVALID',
      details: {
        issues: [
          expect.objectContaining({
            code: 'DUPLICATE_STATEMENT',
            record: 'statements[0]',
            message: expect.stringContaining('"statement:nk-2020-09-29-zakharova-briefing"'),
          }),
        ],
      },
    });
    expect(await counts()).toEqual(before);
  });
});
