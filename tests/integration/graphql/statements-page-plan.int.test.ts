import neo4j from 'neo4j-driver';
import pino from 'pino';
import { ActorShares, readsFewerFromDate } from '../../../src/graphql/actor-shares';
import type { ActorShare } from '../../../src/graphql/counts.queries';
import { PAGE_LISTS, statementsPage } from '../../../src/graphql/statements-page.queries';
import type { PageOrder, PageShape } from '../../../src/graphql/statements-page.queries';
import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { documentWith, statementRecord } from '../../support/ingest-fixtures';

/** The page forms of an actor alone: from the actor, and from the date index. */
const shape = (order: PageOrder, actorByDate: boolean): PageShape => ({
  actor: true,
  actorByDate,
  speaker: false,
  topic: false,
  stance: false,
  order,
});

const WHOLE = { statement: true, actor: true, position: true, quote: true };
const LIGHT = { statement: false, actor: false, position: false, quote: false };

const params = (
  actor: string,
  limit: number,
  after: [string, string] | null = null,
  whole = WHOLE,
) => ({
  from: '2021-03-01',
  to: '2021-11-30',
  actor,
  speaker: null,
  topic: null,
  position: null,
  positionTypes: null,
  stance: null,
  act: null,
  modality: null,
  stanceFilter: false,
  includeRetracted: false,
  asOf: null,
  afterDate: after?.[0] ?? null,
  afterId: after?.[1] ?? null,
  limit: neo4j.int(limit),
  lists: Object.fromEntries(PAGE_LISTS.map((list) => [list, true])),
  whole,
});

/** Waits for the count ActorShares asks for off the request path. */
async function shareOf(shares: ActorShares, actor: string): Promise<ActorShare> {
  for (let i = 0; i < 100; i++) {
    const share = shares.of(actor);
    if (share !== undefined) return share;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no count for ${actor}`);
}

describe("the statements page's plan: where it starts, what it projects", () => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    // TUR speaks in most statements (several a day: ties broken by id), ARM in a few, some
    // of them jointly with TUR.
    const tur = Array.from({ length: 40 }, (_, i) => statementRecord(i));
    const arm = Array.from({ length: 6 }, (_, i) =>
      statementRecord(100 + i, { onBehalfOf: i % 2 === 0 ? ['ARM'] : ['ARM', 'TUR'] }),
    );
    await ingest(db, [{ name: 'start.json', text: documentWith([...tur, ...arm]) }]);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('counts an actor’s statements off the request path, and an unknown actor’s as none', async () => {
    const shares = new ActorShares(db, pino({ level: 'silent' }));
    expect(shares.of('TUR')).toBeUndefined();
    const [counted] = await db
      .read<{ tur: number; all: number }>(
        `MATCH (s:Statement) RETURN count(s) AS all,
         count { MATCH (:Actor {id: 'TUR'})<-[:ON_BEHALF_OF]-(t:Statement) } AS tur`,
      )
      .then((r) => r.records.map((record) => record.toObject()));
    expect(await shareOf(shares, 'TUR')).toEqual({
      statements: Number(counted!.tur),
      total: Number(counted!.all),
    });
    expect(await shareOf(shares, 'Turkey')).toEqual({ statements: 0, total: Number(counted!.all) });
  });

  it.each(['NEWEST_FIRST', 'OLDEST_FIRST'] as const)(
    'gives the same pages from the date index as from the actor, %s',
    async (order) => {
      for (const actor of ['TUR', 'ARM']) {
        let after: [string, string] | null = null;
        let seen = 0;
        for (let page = 0; page < 6; page++) {
          const p = params(actor, 7, after);
          const fromActor = await db.rows(statementsPage.form(shape(order, false)), p);
          const fromDate = await db.rows(statementsPage.form(shape(order, true)), p);
          expect(fromDate).toEqual(fromActor);
          seen += fromActor.length;
          const last = fromActor.at(-1);
          if (last === undefined) break;
          after = [String(last.statement.date), last.statement.id];
        }
        // Every statement of the actor in the window, a page at a time, and none twice.
        const counted = await db
          .read<{ n: number }>(
            `MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)
             WHERE s.date >= date('2021-03-01') AND s.date <= date('2021-11-30') RETURN count(s) AS n`,
            { actor },
          )
          .then((r) => r.records.map((record) => record.toObject()));
        expect(seen).toBe(Number(counted[0]?.n));
        expect(seen).toBeGreaterThan(0);
      }
    },
  );

  it('starts from the date index through the API once the actor is counted, same answers', async () => {
    const query = `{ statements(first: 5, filter: { actor: "TUR", from: "2021-03-01" }) {
      edges { node { id date onBehalfOf { id } stances { stance position { id } } } } } }`;
    const forms = jest.spyOn(statementsPage, 'form');
    try {
      const first = await api.query(query);
      expect(first.body.errors).toBeUndefined();
      // Not counted yet: from the actor; the count (TUR is most statements) comes after.
      expect(forms.mock.calls.at(-1)?.[0]).toMatchObject({ actor: true, actorByDate: false });
      const shares = new ActorShares(db, pino({ level: 'silent' }));
      expect(readsFewerFromDate(await shareOf(shares, 'TUR'), 6)).toBe(true);
      let second = await api.query(query);
      for (let i = 0; i < 50 && forms.mock.calls.at(-1)?.[0].actorByDate !== true; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        second = await api.query(query);
      }
      expect(forms.mock.calls.at(-1)?.[0]).toMatchObject({ actor: true, actorByDate: true });
      expect(second.body).toEqual(first.body);
      expect(second.body.extensions?.roundTrips).toBe(1);
    } finally {
      forms.mockRestore();
    }
  });

  it('projects light nodes that agree with the whole ones on what they carry', async () => {
    const form = statementsPage.form(shape('NEWEST_FIRST', false));
    const whole = await db.rows(form, params('TUR', 10));
    const light = await db.rows(form, params('TUR', 10, null, LIGHT));
    expect(light).toHaveLength(10);
    const pick = (node: Record<string, unknown> | null | undefined, keys: readonly string[]) =>
      Object.fromEntries(keys.map((key) => [key, node?.[key] ?? null]));
    light.forEach((row, i) => {
      const full = whole[i]!;
      const statementKeys = ['id', 'date', 'datePrecision', 'kind', 'status'];
      expect(row.statement).toEqual(pick(full.statement, statementKeys));
      expect(row.onBehalfOf).toEqual(full.onBehalfOf.map((a) => pick(a, ['id', 'name', 'labels'])));
      expect(row.stances.map((t) => t[6])).toEqual(
        full.stances.map((t) => pick(t[6], ['id', 'type', 'label', 'qualifier'])),
      );
      expect(row.quotes.map((q) => q.node)).toEqual(
        full.quotes.map((q) => pick(q.node, ['id', 'text'])),
      );
      // The whole node carries more than a list shows.
      expect(Object.keys(full.statement)).toEqual(expect.arrayContaining(['recordedAt']));
    });
  });

  it('gives every field an operation names, light or not, anywhere in it', async () => {
    const fields = (more: string) => `{
      statements(first: 4, filter: { actor: "ARM" }) { edges { node {
        id date datePrecision kind status ${more}
        onBehalfOf { __typename id name }
        stances { stance position { id label type } quote { id text } }
      } } } }`;
    const light = await api.query(fields(''));
    const whole = await api.query(`${fields('recordedAt summary')}`);
    expect(light.body.errors).toBeUndefined();
    expect(whole.body.errors).toBeUndefined();
    type Page = { statements: { edges: { node: Record<string, unknown> }[] } };
    const lightNodes = (light.body.data as Page).statements.edges.map((e) => e.node);
    const wholeNodes = (whole.body.data as Page).statements.edges.map((e) => e.node);
    expect(lightNodes.length).toBeGreaterThan(0);
    expect(wholeNodes.map(({ recordedAt: _at, summary: _summary, ...rest }) => rest)).toEqual(
      lightNodes,
    );
    for (const node of wholeNodes) expect(node.recordedAt).toEqual(expect.any(String));
    // A field named elsewhere in the operation reaches the same, primed statement whole.
    const id = String(lightNodes[0]!.id);
    const both = await api.query(`{
      statements(first: 4, filter: { actor: "ARM" }) { edges { node { id } } }
      statement(id: "${id}") { id recordedAt }
    }`);
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data).toMatchObject({
      statement: { id, recordedAt: wholeNodes[0]!.recordedAt },
    });
  });
});
