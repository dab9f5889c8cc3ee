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

const params = (actor: string, limit: number, after: [string, string] | null = null) => ({
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

describe("where a page of an actor's statements starts", () => {
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
});
