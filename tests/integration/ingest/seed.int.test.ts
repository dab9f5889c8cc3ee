import { expandInputs, ingest } from '../../../src/ingest/ingest';
import { SEED_DIR, seedIfEmpty } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { testLogger } from '../../support/test-logger';

const STATEMENT = 'statement:irn-mfa-2020-10-05-press-conference';

/** The seed article (../shared/seed) must come out of the graph complete and faithful. */
describe('the seed article in the graph', () => {
  let db: Database;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    const report = await seedIfEmpty(db, testLogger);
    expect(report?.statements).toBe(1);
  });
  afterAll(async () => db.close());

  async function one<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    const { records } = await db.read(query, params);
    expect(records).toHaveLength(1);
    return records[0]!.toObject();
  }

  it('has the statement: speaker, date, kind, on behalf of Iran, on Nagorno-Karabakh', async () => {
    const row = await one<Record<string, unknown>>(
      `MATCH (speaker:Person)-[:MADE]->(s:Statement {id: $id})-[:ON_BEHALF_OF]->(state:State)
       MATCH (s)-[:CONCERNS]->(t:Topic)
       RETURN speaker.name AS speaker, speaker.aliases AS aliases, toString(s.date) AS date,
              s.datePrecision AS precision, s.kind AS kind, state.id AS state, t.id AS topic`,
      { id: STATEMENT },
    );
    expect(row).toEqual({
      speaker: 'Saeed Khatibzadeh',
      aliases: expect.arrayContaining(['Saeid Khatibzadeh']),
      date: '2020-10-05',
      precision: 'DAY',
      kind: 'PRESS_CONFERENCE',
      state: 'IRN',
      topic: 'nagorno-karabakh',
    });
  });

  it("gives the speaker his role: spokesman of Iran's Foreign Ministry", async () => {
    const row = await one<Record<string, unknown>>(
      `MATCH (:Person {id: 'person:saeed-khatibzadeh'})-[r:HOLDS_ROLE]->(m:Organization)-[:PART_OF]->(s:State)
       RETURN r.title AS title, m.orgKind AS orgKind, s.id AS state`,
    );
    expect(row).toEqual({
      title: 'Spokesman of the Foreign Ministry',
      orgKind: 'MINISTRY',
      state: 'IRN',
    });
  });

  it('has every stance, with its act, modality and the quote that carries it', async () => {
    const { records } = await db.read<{
      position: string;
      stance: string;
      act: string;
      modality: string;
      quote: string;
    }>(
      `MATCH (s:Statement {id: $id})-[r:TAKES_STANCE]->(p:Position)
       MATCH (s)-[:QUOTES]->(q:Quote {id: r.quoteId})
       RETURN p.id AS position, r.stance AS stance, r.act AS act, r.modality AS modality, q.text AS quote
       ORDER BY position, act, quote`,
      { id: STATEMENT },
    );
    const stances = records.map((r) => r.toObject());
    const expected: [string, string, string, string, RegExp][] = [
      [
        'CEASEFIRE:nagorno-karabakh',
        'SUPPORTS',
        'CALLS_FOR',
        'ASSERTED',
        /immediate cessation of hostilities/,
      ],
      [
        'MEDIATION:IRN+nagorno-karabakh',
        'SUPPORTS',
        'OFFERS',
        'ASSERTED',
        /ready to make every effort/,
      ],
      [
        'NEGOTIATED_SETTLEMENT:nagorno-karabakh',
        'SUPPORTS',
        'AFFIRMS',
        'ASSERTED',
        /no military way to resolve/,
      ],
      [
        'PEACE_PLAN:IRN+nagorno-karabakh:2020',
        'SUPPORTS',
        'PROPOSES',
        'ASSERTED',
        /has prepared a plan/,
      ],
      [
        'RED_LINE:IRN:borders-not-attacked',
        'SUPPORTS',
        'WARNS',
        'CONDITIONAL',
        /among Iran's red lines/,
      ],
      ['TERRITORIAL_INTEGRITY:AZE', 'SUPPORTS', 'AFFIRMS', 'ASSERTED', /^From day one/],
      [
        'TERRITORIAL_INTEGRITY:AZE',
        'SUPPORTS',
        'AFFIRMS',
        'ASSERTED',
        /^respecting the territorial integrity/,
      ],
      ['WITHDRAWAL:place:occupied-cities', 'SUPPORTS', 'DEMANDS', 'ASSERTED', /^From day one/],
      [
        'WITHDRAWAL:place:occupied-cities',
        'SUPPORTS',
        'DEMANDS',
        'ASSERTED',
        /^respecting the territorial integrity/,
      ],
    ];
    expect(stances).toHaveLength(expected.length);
    expected.forEach(([position, stance, act, modality, quote], i) => {
      expect(stances[i]).toEqual({
        position,
        stance,
        act,
        modality,
        quote: expect.stringMatching(quote),
      });
    });
  });

  it('has the peace plan: proposer, status, principles and consultation partners', async () => {
    const row = await one<Record<string, unknown>>(
      `MATCH (plan:PeacePlan:Position {id: 'PEACE_PLAN:IRN+nagorno-karabakh:2020'})-[:PROPOSED_BY]->(proposer)
       RETURN proposer.id AS proposer, plan.status AS status,
              [(plan)-[:INCLUDES]->(p) | p.id] AS principles,
              [(plan)-[:IN_CONSULTATION_WITH]->(a) | a.id] AS partners,
              plan.consultationDescriptions AS otherPartners`,
    );
    expect(row).toEqual({
      proposer: 'IRN',
      status: 'BEING_FINALISED',
      principles: expect.arrayContaining([
        'TERRITORIAL_INTEGRITY:AZE',
        'WITHDRAWAL:place:occupied-cities',
      ]),
      partners: expect.arrayContaining(['AZE', 'ARM']),
      otherPartners: ['the governments of the region', "Iran's neighbours"],
    });
    expect((row.principles as string[]).length).toBe(2);
    expect((row.partners as string[]).length).toBe(2);
    // The status is the spokesman's word on the day, with the quote that says so.
    const report = await one<Record<string, unknown>>(
      `MATCH (s:Statement)-[r:REPORTS_STATUS]->(:PeacePlan {id: 'PEACE_PLAN:IRN+nagorno-karabakh:2020'})
       MATCH (s)-[:QUOTES]->(q:Quote {id: r.quoteId})
       RETURN s.id AS statement, toString(s.date) AS date, r.status AS status, q.text AS text`,
    );
    expect(report).toMatchObject({
      statement: 'statement:irn-mfa-2020-10-05-press-conference',
      date: '2020-10-05',
      status: 'BEING_FINALISED',
    });
    expect(report.text).toMatch(/within the framework of this plan, which is being finalized,$/);
  });

  it('has the red line with its condition and the rockets that triggered it, which the statement responds to', async () => {
    const row = await one<Record<string, unknown>>(
      `MATCH (r:RedLine)-[:DECLARED_BY]->(:State {id: 'IRN'})
       MATCH (r)-[:TRIGGERED_BY]->(e:Event)<-[:RESPONDS_TO]-(:Statement {id: $id})
       MATCH (e)-[:AT]->(place:Place)-[:WITHIN]->(:State {id: 'IRN'})
       RETURN r.condition AS condition, r.threatenedResponse AS response, e.description AS event, place.name AS place`,
      { id: STATEMENT },
    );
    expect(row).toEqual({
      condition: expect.stringMatching(/even unknowingly or unintentionally/),
      response: expect.stringMatching(/would not tolerate the conflict on its borders/),
      event: expect.stringMatching(/rockets landed/),
      place: 'areas of Iran populated by Iranian Azerbaijanis',
    });
  });

  it('has the source: Press TV, published 5 October 2020 11:35 (zone not given), republished by GlobalSecurity.org', async () => {
    const row = await one<Record<string, unknown>>(
      `MATCH (:Statement {id: $id})-[:REPORTED_IN]->(d:Document)-[:PUBLISHED_BY]->(outlet:Source)
       MATCH (d)-[:REPUBLISHED_BY]->(republisher:Source)
       RETURN outlet.name AS outlet, republisher.name AS republisher, d.title AS title,
              toString(d.publishedAt) AS publishedAt, d.publishedAtZoneKnown AS zoneKnown`,
      { id: STATEMENT },
    );
    expect(row).toEqual({
      outlet: 'Press TV',
      republisher: 'GlobalSecurity.org',
      title: 'Iran says has drawn up plan for resolution of Karabakh conflict',
      publishedAt: '2020-10-05T11:35:00',
      zoneKnown: false,
    });
  });

  it("keeps the outlet's framing as the document's, never as anyone's stance or quote", async () => {
    const row = await one<{ framing: string[]; quotes: number; stances: number }>(
      `MATCH (d:Document {id: 'document:presstv-2020-10-05-iran-karabakh-plan'})
       RETURN d.framing AS framing,
              COUNT { MATCH (q:Quote) WHERE q.text CONTAINS 'separatist' } AS quotes,
              COUNT { MATCH (:Statement)-[r:TAKES_STANCE]->(p:Position) WHERE p.label CONTAINS 'international law' } AS stances`,
    );
    expect(row.framing).toEqual([
      expect.stringContaining('belongs to Azerbaijan under international law'),
    ]);
    expect(row.quotes).toBe(0);
    expect(row.stances).toBe(0);
  });

  it('creates nothing when the seed is ingested again', async () => {
    const report = await ingest(db, expandInputs([SEED_DIR]));
    expect(report.counters).toEqual({
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      labelsAdded: 0,
    });
    expect(await seedIfEmpty(db, testLogger)).toBeUndefined();
  });
});
