import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { GraphqlBody, TestApi } from '../../support/api';
import { expectedComparison, loadComparisonFixture } from '../../support/comparison-fixture';
import type { ExpectedCell } from '../../support/comparison-fixture';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * The comparison fixture (tests/fixtures/comparison) through the API: ingested like any file,
 * cmp-027 retracted, then every result computed by hand in expected.json checked exactly.
 */

type Stance = 'SUPPORTS' | 'OPPOSES' | 'NEUTRAL';
type Cell = ExpectedCell;

const expected = expectedComparison();

interface EvidenceOut {
  statement: { id: string };
}
const ids = (evidence: readonly EvidenceOut[]): string[] => [
  ...new Set(evidence.map((e) => e.statement.id)),
];

const CELL = `
  actor { id } position { id } bucket stance carried mixed statedOn supports opposes neutral
  evidence { statement { id } quote { id } date stance act modality }`;

function fraction(text: string): number {
  const [numerator, denominator] = text.split('/').map(Number);
  return denominator === undefined ? numerator! : numerator! / denominator;
}

describe('comparison queries over HTTP, on the comparison fixture', () => {
  let db: Database;
  let api: TestApi;

  const data = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await api.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as Record<string, unknown>;
  };

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadComparisonFixture(db);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('positionMatrix: every actor × position × quarter as computed by hand', async () => {
    const { matrix } = expected;
    const result = (
      await data(
        `query ($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
        positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: QUARTER) {
          from to interval modalities
          buckets { key from to }
          actors { id } positions { id }
          cells { ${CELL} }
        }
      }`,
        { actors: matrix.actors, positions: matrix.positions, from: matrix.from, to: matrix.to },
      )
    ).positionMatrix as {
      from: string;
      to: string;
      interval: string;
      modalities: string[];
      buckets: unknown[];
      actors: { id: string }[];
      positions: { id: string }[];
      cells: (Omit<Cell, 'evidence'> & {
        actor: { id: string };
        position: { id: string };
        bucket: string;
        evidence: (EvidenceOut & { quote: { id: string }; stance: Stance })[];
      })[];
    };
    expect(result.buckets).toEqual(matrix.buckets);
    expect([result.from, result.to, result.interval]).toEqual([matrix.from, matrix.to, 'QUARTER']);
    expect(result.modalities).toEqual(['ASSERTED']);
    expect(result.actors.map((a) => a.id)).toEqual(matrix.actors);
    expect(result.positions.map((p) => p.id)).toEqual(matrix.positions);
    expect(result.cells).toHaveLength(matrix.actors.length * matrix.positions.length * 6);
    const got: Record<string, Record<string, Record<string, Cell>>> = {};
    for (const cell of result.cells) {
      const { actor, position, bucket, evidence, ...rest } = cell;
      // Every piece of evidence names its quote, and its stance is the cell's (unless mixed).
      for (const e of evidence) {
        expect(e.quote.id).toMatch(/^quote:/);
        if (!cell.mixed) expect(e.stance).toBe(cell.stance);
      }
      ((got[actor.id] ??= {})[position.id] ??= {})[bucket] = { ...rest, evidence: ids(evidence) };
    }
    expect(got).toEqual(matrix.cells);
  });

  it('positionMatrix rows: the same matrix as time series per actor and position', async () => {
    const { matrix } = expected;
    const result = (
      await data(
        `query ($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
        positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: QUARTER) {
          buckets { key }
          rows {
            actor { id } position { id }
            stances mixed carried statedOn supports opposes neutral statementIds quoteIds
          }
        }
      }`,
        { actors: matrix.actors, positions: matrix.positions, from: matrix.from, to: matrix.to },
      )
    ).positionMatrix as {
      buckets: { key: string }[];
      rows: {
        actor: { id: string };
        position: { id: string };
        stances: (Stance | null)[];
        mixed: boolean[];
        carried: boolean[];
        statedOn: (string | null)[];
        supports: number[];
        opposes: number[];
        neutral: number[];
        statementIds: string[][];
        quoteIds: string[][];
      }[];
    };
    expect(result.rows.map((row) => `${row.actor.id} ${row.position.id}`)).toEqual(
      matrix.actors.flatMap((actor) => matrix.positions.map((position) => `${actor} ${position}`)),
    );
    const got: Record<string, Record<string, Record<string, Cell>>> = {};
    for (const row of result.rows) {
      result.buckets.forEach(({ key }, k) => {
        expect(row.quoteIds[k]!.length > 0).toBe(row.statementIds[k]!.length > 0);
        ((got[row.actor.id] ??= {})[row.position.id] ??= {})[key] = {
          stance: row.stances[k]!,
          carried: row.carried[k]!,
          mixed: row.mixed[k]!,
          statedOn: row.statedOn[k]!,
          supports: row.supports[k]!,
          opposes: row.opposes[k]!,
          neutral: row.neutral[k]!,
          evidence: row.statementIds[k]!,
        };
      });
    }
    expect(got).toEqual(matrix.cells);
  });

  it('positionHistory: stances in order and shifts, the retracted statement left out', async () => {
    for (const want of expected.shifts) {
      const result = (
        await data(
          `query ($actor: ID!, $position: ID!) {
          positionHistory(actor: $actor, position: $position) {
            actor { id } position { id }
            stances { date stance mixed evidence { statement { id } } }
            shifts {
              from { date stance mixed evidence { statement { id } } }
              to { date stance mixed evidence { statement { id } } }
            }
          }
        }`,
          { actor: want.actor, position: want.position },
        )
      ).positionHistory as {
        actor: { id: string };
        position: { id: string };
        stances: { date: string; stance: Stance | null; mixed: boolean; evidence: EvidenceOut[] }[];
        shifts: {
          from: { date: string; stance: Stance | null; mixed: boolean; evidence: EvidenceOut[] };
          to: { date: string; stance: Stance | null; mixed: boolean; evidence: EvidenceOut[] };
        }[];
      };
      const day = (d: { date: string; stance: Stance | null; mixed: boolean }) => ({
        date: d.date,
        stance: d.stance,
        mixed: d.mixed,
      });
      expect({
        actor: result.actor.id,
        position: result.position.id,
        stances: result.stances.map((d) => ({ ...day(d), evidence: ids(d.evidence) })),
        shifts: result.shifts.map((s) => ({ from: day(s.from), to: day(s.to) })),
      }).toEqual(want);
      // A shift carries the evidence of both sides.
      for (const shift of result.shifts) {
        expect(shift.from.evidence.length).toBeGreaterThan(0);
        expect(shift.to.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('agreement: every pair and measure as computed by hand, with n, positions and evidence', async () => {
    const { agreement: want } = expected;
    for (const pair of want.pairs) {
      const measures = Object.keys(pair.measures);
      const fields = measures
        .map(
          (measure) => `${measure}: agreement(
            actors: $actors, positions: $positions, from: $from, to: $to, interval: NONE,
            measure: ${measure}, missing: ${want.missing}, minOverlap: ${want.minOverlap}
          ) {
            pairs {
              actorA { id } actorB { id } bucket { key from to } measure score n reason
              positions { id } mixedPositions { id }
              comparisons {
                position { id }
                a { actor { id } position { id } stance statedOn evidence { statementId } }
                b { actor { id } position { id } stance statedOn evidence { statementId } }
              }
            }
          }`,
        )
        .join('\n');
      const result = await data(
        `query ($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) { ${fields} }`,
        {
          actors: [pair.actorA, pair.actorB],
          positions: want.positions,
          from: want.from,
          to: want.to,
        },
      );
      for (const measure of measures) {
        const label = `${pair.actorA}–${pair.actorB} ${measure}`;
        const pairs = (result[measure] as { pairs: AgreementPair[] }).pairs;
        expect(pairs).toHaveLength(1);
        const got = pairs[0]!;
        const w = pair.measures[measure]!;
        expect({ label, bucket: got.bucket, a: got.actorA.id, b: got.actorB.id }).toEqual({
          label,
          bucket: want.bucket,
          a: pair.actorA,
          b: pair.actorB,
        });
        expect({
          label,
          score: got.score,
          n: got.n,
          reason: got.reason,
          positions: got.positions.map((p) => p.id),
          mixed: got.mixedPositions.map((p) => p.id),
        }).toEqual({
          label,
          score: w.value === null ? null : expect.closeTo(fraction(w.value), 12),
          n: w.n,
          reason: w.reason ?? null,
          positions: w.positions,
          mixed: pair.mixedPositions,
        });
        if (w.decimal !== null) expect(got.score).toBeCloseTo(w.decimal, 4);
        const side = (s: AgreementSide) => ({
          stance: s.stance,
          statedOn: s.statedOn,
          evidence: [...new Set(s.evidence.map((e) => e.statementId))],
        });
        expect({
          label,
          comparisons: got.comparisons.map((c) => ({
            position: c.position.id,
            a: side(c.a),
            b: side(c.b),
          })),
        }).toEqual({ label, comparisons: pair.comparisons });
        // Each side's cell names its own actor and the compared position.
        for (const c of got.comparisons) {
          expect([c.a.actor.id, c.b.actor.id, c.a.position.id, c.b.position.id]).toEqual([
            pair.actorA,
            pair.actorB,
            c.position.id,
            c.position.id,
          ]);
        }
      }
    }
  });

  it('weighted S: a position weighing 3 counts three times; weights are for S only', async () => {
    const { agreement: want } = expected;
    const query = `query ($measure: AgreementMeasure!, $weights: [PositionWeight!]) {
      agreement(actors: ["TUR", "RUS"], positions: ${JSON.stringify(want.positions)},
        from: "${want.from}", to: "${want.to}", measure: $measure, weights: $weights) {
        pairs { score n }
      } }`;
    // TUR and RUS agree on C, N and W and are opposite on P (|x − y| = 2): unweighted S = 1/2.
    const plain = (await data(query, { measure: 'S_SCORE' })).agreement;
    expect(plain).toEqual({ pairs: [{ score: 0.5, n: 4 }] });
    const weights = [{ position: 'PEACE_PLAN:FRA+test-war', weight: 3 }];
    // 1 − 2·(3·2) / (2·(1 + 1 + 1 + 3)) = 0.
    const weighted = (await data(query, { measure: 'S_SCORE', weights })).agreement;
    expect(weighted).toEqual({ pairs: [{ score: 0, n: 4 }] });
    const refused = await api.query(query, { measure: 'SCOTT_PI', weights });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'weights' },
    });
  });

  it('divergences in the window, with the evidence of both sides', async () => {
    const { divergences: want } = expected;
    const result = (
      await data(
        `query ($actors: [ID!], $positions: [ID!], $from: String, $to: String) {
        divergences(actors: $actors, positions: $positions, from: $from, to: $to) {
          position { id } from to
          supporter { actor { id } evidence { statement { id } } }
          opposer { actor { id } evidence { statement { id } } }
        }
      }`,
        { actors: want.actors, positions: want.positions, from: want.from, to: want.to },
      )
    ).divergences as {
      position: { id: string };
      from: string;
      to: string;
      supporter: { actor: { id: string }; evidence: EvidenceOut[] };
      opposer: { actor: { id: string }; evidence: EvidenceOut[] };
    }[];
    expect(
      result.map((d) => ({
        position: d.position.id,
        from: d.from,
        to: d.to,
        supporter: d.supporter.actor.id,
        supporterEvidence: ids(d.supporter.evidence),
        opposer: d.opposer.actor.id,
        opposerEvidence: ids(d.opposer.evidence),
      })),
    ).toEqual(want.items);
  });

  it('a topic stands for its positions: about it, or taken in statements on it', async () => {
    const byTopic = (
      await data(
        `{ positionMatrix(actors: ["TUR"], topic: "test-war", from: "2020", to: "2021", interval: YEAR) {
          positions { id }
        } }`,
      )
    ).positionMatrix as { positions: { id: string }[] };
    expect(byTopic.positions.map((p) => p.id)).toEqual([...expected.agreement.positions].sort());
    const byType = (
      await data(
        `{ positionMatrix(actors: ["TUR"], positionTypes: [CEASEFIRE, WITHDRAWAL], from: "2020", to: "2021", interval: NONE) {
          positions { id } cells { stance }
        } }`,
      )
    ).positionMatrix as { positions: { id: string }[]; cells: { stance: Stance | null }[] };
    expect(byType.positions.map((p) => p.id)).toEqual([
      'CEASEFIRE:test-war',
      'WITHDRAWAL:place:test-veloria',
    ]);
    // TUR at the end of 2021: supports the ceasefire again (cmp-038), still opposes withdrawal.
    expect(byType.cells.map((c) => c.stance)).toEqual(['SUPPORTS', 'OPPOSES']);
  });

  it('conditional stances count only when asked for', async () => {
    const query = `query ($modalities: [Modality!]) {
      positionMatrix(actors: ["IRN"], positions: ["RED_LINE:IRN:no-shelling-of-iranian-territory"],
        from: "2020-01", to: "2021-09", interval: NONE, modalities: $modalities) {
        cells { stance statedOn evidence { statement { id } modality } }
      } }`;
    const asserted = (await data(query)).positionMatrix as { cells: Cell[] };
    expect(asserted.cells.map((c) => c.stance)).toEqual([null]);
    const withConditional = (await data(query, { modalities: ['ASSERTED', 'CONDITIONAL'] }))
      .positionMatrix as { cells: { stance: Stance; statedOn: string; evidence: unknown[] }[] };
    expect(withConditional.cells).toEqual([
      {
        stance: 'SUPPORTS',
        statedOn: '2020-09-28',
        evidence: [{ statement: { id: 'statement:cmp-016' }, modality: 'CONDITIONAL' }],
      },
    ]);
  });

  it('peacePlans: proposer, principles, partners and every actor’s stances over time', async () => {
    const result = (
      await data(`{
      peacePlans(topic: "test-war") {
        position { id } name status partnerDescriptions
        statusHistory { date status statement { id } quote { text } }
        proposedBy { id } principles { id } partners { id }
        stances { actor { id } stances { date stance mixed evidence { statement { id } } } }
      } }`)
    ).peacePlans as {
      position: { id: string };
      stances: {
        actor: { id: string };
        stances: { date: string; stance: Stance; evidence: EvidenceOut[] }[];
      }[];
    }[];
    expect(result).toHaveLength(1);
    const [plan] = result;
    expect(plan).toMatchObject({
      position: { id: 'PEACE_PLAN:FRA+test-war' },
      name: 'Paris plan for Veloria',
      status: 'PROPOSED',
      partnerDescriptions: ['the neighbours of Aralia and Borvia'],
      proposedBy: [{ id: 'FRA' }],
    });
    expect(
      (plan as unknown as { principles: { id: string }[] }).principles.map((p) => p.id).sort(),
    ).toEqual([
      'CEASEFIRE:test-war',
      'NEGOTIATED_SETTLEMENT:test-war',
      'WITHDRAWAL:place:test-veloria',
    ]);
    // As the statements report it; cmp-027's ABANDONED is retracted, so left out.
    const history = (
      plan as unknown as {
        statusHistory: {
          date: string;
          status: string;
          statement: { id: string };
          quote: { text: string };
        }[];
      }
    ).statusHistory.map((r) => `${r.date} ${r.status} ${r.statement.id} ${r.quote.text}`);
    expect(history).toEqual([
      '2020-07-01 PROPOSED statement:cmp-012 Today France puts forward a plan for Veloria, to be discussed with Aralia, Borvia and the Contact Group.',
      '2021-09-14 ACCEPTED statement:cmp-040 Aralia and Borvia have both accepted the revised plan as the basis of the talks.',
    ]);
    expect((plan as unknown as { partners: { id: string }[] }).partners.map((p) => p.id)).toEqual([
      'authority:test-aralia',
      'authority:test-borvia',
      'org:test-contact-group',
    ]);
    // From the fixture's statements on P (cmp-019 is joint: FRA and USA).
    const timeline = Object.fromEntries(
      plan!.stances.map((t) => [
        t.actor.id,
        t.stances.map((d) => `${d.date} ${d.stance} ${ids(d.evidence).join(',')}`),
      ]),
    );
    expect(timeline).toEqual({
      FRA: ['2020-07-01 SUPPORTS statement:cmp-012', '2020-10-20 SUPPORTS statement:cmp-019'],
      RUS: ['2020-12-15 NEUTRAL statement:cmp-024', '2021-08-30 SUPPORTS statement:cmp-039'],
      TUR: ['2020-08-24 OPPOSES statement:cmp-015', '2021-06-02 OPPOSES statement:cmp-035'],
      USA: ['2020-10-20 SUPPORTS statement:cmp-019'],
      'org:test-contact-group': [
        '2020-07-15 SUPPORTS statement:cmp-013',
        '2021-09-14 SUPPORTS statement:cmp-040',
      ],
    });
  });

  it('errors name the argument: unknown actor (NOT_FOUND, with a suggestion), bad date, too many cells', async () => {
    const matrix = (actors: string[], from: string, interval = 'MONTH') =>
      api.query(
        `query ($actors: [ID!]!, $from: String!) {
          positionMatrix(actors: $actors, topic: "test-war", from: $from, to: "2021-09", interval: ${interval}) { from }
        }`,
        { actors, from },
      );
    const unknown = (await matrix(['TUR', 'Franse'], '2020-01')).body;
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      details: { field: 'actors', name: 'Franse' },
    });
    // The closest first: France, then lesser matches.
    expect(unknown.errors?.[0]?.extensions?.hint).toMatch(/^did you mean FRA \(France\)[,?]/);
    expect(unknown.errors?.[0]?.message).toContain('"Franse"');
    const badDate = (await matrix(['TUR'], '2020-13')).body;
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'from' },
    });
    const tooMany = (await matrix(['TUR'], '0001-01', 'MONTH')).body;
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      details: { field: 'cells' },
    });
  });

  it('redLines: the declaration, a restatement and an invocation, with condition and trigger', async () => {
    // Two later statements on the red line, added for this test only (after the checks above).
    await ingest(db, [
      {
        name: 'red-line-followups.yaml',
        text: JSON.stringify({
          format: 'diplograph/v1',
          statements: [
            {
              id: 'statement:cmp-x01',
              date: '2021-10-02',
              kind: 'PRESS_CONFERENCE',
              onBehalfOf: ['IRN'],
              topics: ['test-war'],
              quotes: [{ ref: 'q', text: 'Our warning about shells on our villages stands.' }],
              stances: [
                {
                  position: 'RED_LINE:IRN:no-shelling-of-iranian-territory',
                  stance: 'SUPPORTS',
                  act: 'WARNS',
                  modality: 'CONDITIONAL',
                  quote: 'q',
                },
              ],
            },
            {
              id: 'statement:cmp-x02',
              date: '2021-10-05',
              kind: 'COMMUNIQUE',
              onBehalfOf: ['TUR'],
              topics: ['test-war'],
              quotes: [{ ref: 'q', text: 'Tehran has no reason to threaten anyone over Veloria.' }],
              stances: [
                {
                  position: 'RED_LINE:IRN:no-shelling-of-iranian-territory',
                  stance: 'OPPOSES',
                  act: 'REJECTS',
                  quote: 'q',
                },
              ],
            },
          ],
        }),
      },
    ]);
    const query = `query ($from: String) {
      redLines(actor: "IRN", topic: "test-war", from: $from) {
        position { id } condition threatenedResponse declaredBy { id } triggerEvent { id date }
        statements { statement { id } date role stance act modality onBehalfOf { id } quote { text } }
      } }`;
    const all = (await data(query)).redLines as {
      statements: { statement: { id: string }; role: string; modality: string }[];
    }[];
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      position: { id: 'RED_LINE:IRN:no-shelling-of-iranian-territory' },
      condition: 'Shells of the Aralia–Borvia war fall on Iranian territory again.',
      threatenedResponse:
        'Iran will take every measure necessary to protect its citizens and its borders.',
      declaredBy: [{ id: 'IRN' }],
      triggerEvent: { id: 'event:test-2020-09-shells-land-in-iran', date: '2020-09-27' },
    });
    expect(all[0]!.statements.map((s) => [s.statement.id, s.role, s.modality])).toEqual([
      ['statement:cmp-016', 'DECLARES', 'CONDITIONAL'],
      ['statement:cmp-x01', 'RESTATES', 'CONDITIONAL'],
      ['statement:cmp-x02', 'INVOKES', 'ASSERTED'],
    ]);
    // A window after the declaration still calls the later statement of IRN a restatement.
    const later = (await data(query, { from: '2021-10' })).redLines as typeof all;
    expect(later[0]!.statements.map((s) => [s.statement.id, s.role])).toEqual([
      ['statement:cmp-x01', 'RESTATES'],
      ['statement:cmp-x02', 'INVOKES'],
    ]);
    expect((await data(`{ redLines(actor: "TUR") { condition } }`)).redLines).toEqual([]);
  });

  it('round-trips stay constant whatever the size of the matrix', async () => {
    const roundTrips = async (actors: string[]) => {
      const { body }: { body: GraphqlBody } = await api.query(
        `query ($actors: [ID!]!) {
          positionMatrix(actors: $actors, topic: "test-war", from: "2020-01", to: "2021-09") {
            cells { actor { name } position { label } evidence { statement { date } quote { text } } }
          } }`,
        { actors },
      );
      expect(body.errors).toBeUndefined();
      return body.extensions?.roundTrips;
    };
    const one = await roundTrips(['TUR']);
    const six = await roundTrips(expected.matrix.actors);
    expect(one).toBeDefined();
    expect(six).toBe(one);
  });
});

interface AgreementSide {
  actor: { id: string };
  position: { id: string };
  stance: Stance;
  statedOn: string;
  evidence: { statementId: string }[];
}
interface AgreementPair {
  actorA: { id: string };
  actorB: { id: string };
  bucket: { key: string; from: string; to: string };
  measure: string;
  score: number | null;
  n: number;
  reason: string | null;
  positions: { id: string }[];
  mixedPositions: { id: string }[];
  comparisons: { position: { id: string }; a: AgreementSide; b: AgreementSide }[];
}
