import { fromRoot } from '../../../src/config/paths';
import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { changeStatus } from '../../../src/statements/status';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { buildDist, runCli } from '../../support/cli-process';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * Knowledge time (docs/model.md): tests/fixtures/as-of/batch-a.yaml ingested at t1, batch-b.yaml
 * at t2, asof-003 retracted at t3 and asof-005 superseded by asof-006 at t4. The moments are
 * the times the graph recorded (read back, never slept for), and every as-of read through
 * GraphQL (statements, search, positionMatrix, positionHistory, agreement, divergences, redLines,
 * peacePlans) answers exactly what the graph held then; the CLI's --as-of answers as GraphQL.
 */
const C = 'CEASEFIRE:test-asof-war';
const RED_LINE = 'RED_LINE:IRN:no-strikes-near-the-border';
const id = (n: number) => `statement:asof-00${n}`;
const SLOW_MS = 600_000;

const EVERYTHING = `query ($asOf: DateTime) {
  positionMatrix(actors: ["TUR", "RUS", "IRN"], positions: ["${C}"], from: "2020-09", to: "2020-10",
    asOf: $asOf) {
    cells { actor { id } bucket stance carried supports opposes evidence { statement { id } } }
  }
  agreement(actors: ["TUR", "RUS"], positions: ["${C}"], from: "2020-09", to: "2020-10", asOf: $asOf) {
    pairs { score n }
  }
  positionHistory(actor: "RUS", position: "${C}", asOf: $asOf) {
    stances { date stance evidence { statement { id } } }
  }
  divergences(actors: ["TUR", "RUS"], positions: ["${C}"], asOf: $asOf) {
    supporter { actor { id } } opposer { actor { id } evidence { statement { id } } }
  }
  redLines(actor: "IRN", asOf: $asOf) {
    position { id }
    statements { statement { id } role }
    statuses { status statement { id } }
    latestStatus { status }
  }
  peacePlans(topic: "test-asof-war", asOf: $asOf) {
    statusHistory { status statement { id } }
    stances { actor { id } stances { date stance } }
  }
  statements(filter: { topic: "test-asof-war", asOf: $asOf }, first: 50, orderBy: OLDEST_FIRST) {
    totalCount edges { node { id } }
  }
  withRetracted: statements(filter: { topic: "test-asof-war", asOf: $asOf, includeRetracted: true },
    first: 50, orderBy: OLDEST_FIRST) {
    edges { node { id status } }
  }
  search(text: "truce", asOf: $asOf, first: 20) { totalCount edges { node { fragment } } }
}`;

interface Ref {
  id: string;
}
type Everything = {
  positionMatrix: {
    cells: {
      actor: Ref;
      bucket: string;
      stance: string | null;
      carried: boolean;
      supports: number;
      opposes: number;
      evidence: { statement: Ref }[];
    }[];
  };
  agreement: { pairs: { score: number | null; n: number }[] };
  positionHistory: { stances: { date: string; stance: string; evidence: { statement: Ref }[] }[] };
  divergences: {
    supporter: { actor: Ref };
    opposer: { actor: Ref; evidence: { statement: Ref }[] };
  }[];
  redLines: {
    position: Ref;
    statements: { statement: Ref; role: string }[];
    statuses: { status: string; statement: Ref }[];
    latestStatus: { status: string } | null;
  }[];
  peacePlans: {
    statusHistory: { status: string; statement: Ref }[];
    stances: { actor: Ref; stances: { date: string; stance: string }[] }[];
  }[];
  statements: { totalCount: number; edges: { node: Ref }[] };
  withRetracted: { edges: { node: { id: string; status: string } }[] };
  search: { totalCount: number; edges: { node: { fragment: string } }[] };
};

/** What a moment's answers come to, in a form the expectations below can be written in. */
function summary(answer: Everything) {
  const ids = (evidence: { statement: Ref }[]) => evidence.map((e) => e.statement.id);
  const [plan] = answer.peacePlans;
  const [redLine] = answer.redLines;
  return {
    matrix: answer.positionMatrix.cells.map((cell) =>
      [
        cell.actor.id,
        cell.bucket,
        cell.stance ?? '-',
        cell.carried ? 'carried' : `${cell.supports}+ ${cell.opposes}-`,
        ...ids(cell.evidence),
      ].join(' '),
    ),
    agreement: answer.agreement.pairs,
    history: answer.positionHistory.stances.map((s) => [s.date, s.stance, ...ids(s.evidence)]),
    divergences: answer.divergences.map((d) => [
      d.supporter.actor.id,
      d.opposer.actor.id,
      ...ids(d.opposer.evidence),
    ]),
    redLine: {
      position: redLine?.position.id,
      statements: redLine?.statements.map((s) => [s.statement.id, s.role]),
      statuses: redLine?.statuses.map((s) => [s.status, s.statement.id]),
      latest: redLine?.latestStatus?.status ?? null,
    },
    plan: {
      statuses: plan?.statusHistory.map((s) => [s.status, s.statement.id]),
      stances: plan?.stances.map((a) => [a.actor.id, ...a.stances.map((s) => s.stance)]),
    },
    statements: answer.statements.edges.map((e) => e.node.id),
    statementCount: answer.statements.totalCount,
    withRetracted: answer.withRetracted.edges.map((e) => `${e.node.id} ${e.node.status}`),
    search: answer.search.edges.map((e) => e.node.fragment).sort(),
    searchCount: answer.search.totalCount,
  };
}

const FRAGMENTS = {
  1: 'Turkey calls for an immediate «truce» between Calvia and Dornia.',
  2: 'Russia sees no ground for a Calvian «truce» while Dornia advances.',
  3: 'Iran asks Calvia and Dornia for a «truce» at once.',
  5: 'Russia now backs a Calvian «truce».',
  6: 'Russia now backs a Calvian «truce», to be watched by observers.',
} as const;
const fragments = (...ns: (keyof typeof FRAGMENTS)[]) => ns.map((n) => FRAGMENTS[n]).sort();

/** The answers expected after each step; each is the one before with what the step changed. */
const NOTHING = {
  matrix: ['TUR', 'RUS', 'IRN'].flatMap((actor) => [
    `${actor} 2020-09 - 0+ 0-`,
    `${actor} 2020-10 - 0+ 0-`,
  ]),
  agreement: [{ score: null, n: 0 }],
  history: [],
  divergences: [],
  // Definitions (positions, red lines, plans) are listed as they are now: only what statements
  // say is read as of.
  redLine: { position: RED_LINE, statements: [], statuses: [], latest: null },
  plan: { statuses: [], stances: [] },
  statements: [],
  statementCount: 0,
  withRetracted: [],
  search: [],
  searchCount: 0,
};
const AFTER_A = {
  matrix: [
    `TUR 2020-09 SUPPORTS 1+ 0- ${id(1)}`,
    `TUR 2020-10 SUPPORTS carried ${id(1)}`,
    `RUS 2020-09 OPPOSES 0+ 1- ${id(2)}`,
    `RUS 2020-10 OPPOSES carried ${id(2)}`,
    `IRN 2020-09 SUPPORTS 1+ 0- ${id(3)}`,
    `IRN 2020-10 SUPPORTS carried ${id(3)}`,
  ],
  agreement: [{ score: -1, n: 1 }],
  history: [['2020-09-12', 'OPPOSES', id(2)]],
  divergences: [['TUR', 'RUS', id(2)]],
  redLine: {
    position: RED_LINE,
    statements: [[id(3), 'DECLARES']],
    statuses: [['DECLARED', id(3)]],
    latest: 'DECLARED',
  },
  plan: { statuses: [['PROPOSED', id(4)]], stances: [['FRA', 'SUPPORTS']] },
  statements: [1, 2, 3, 4].map(id),
  statementCount: 4,
  withRetracted: [1, 2, 3, 4].map((n) => `${id(n)} ACTIVE`),
  search: fragments(1, 2, 3),
  searchCount: 3,
};
const AFTER_B = {
  ...AFTER_A,
  matrix: [
    `TUR 2020-09 SUPPORTS 1+ 0- ${id(1)}`,
    `TUR 2020-10 SUPPORTS carried ${id(1)}`,
    `RUS 2020-09 OPPOSES 0+ 1- ${id(2)}`,
    `RUS 2020-10 SUPPORTS 2+ 0- ${id(6)}`,
    `IRN 2020-09 SUPPORTS 1+ 0- ${id(3)}`,
    `IRN 2020-10 SUPPORTS carried ${id(3)}`,
  ],
  agreement: [{ score: 1, n: 1 }],
  history: [
    ['2020-09-12', 'OPPOSES', id(2)],
    ['2020-10-05', 'SUPPORTS', id(5)],
    ['2020-10-20', 'SUPPORTS', id(6)],
  ],
  redLine: {
    position: RED_LINE,
    statements: [
      [id(3), 'DECLARES'],
      [id(7), 'RESTATES'],
    ],
    statuses: [
      ['DECLARED', id(3)],
      ['RESTATED', id(7)],
    ],
    latest: 'RESTATED',
  },
  plan: {
    statuses: [
      ['PROPOSED', id(4)],
      ['REJECTED', id(8)],
    ],
    stances: [
      ['FRA', 'SUPPORTS'],
      ['TUR', 'OPPOSES'],
    ],
  },
  statements: [1, 2, 3, 4, 5, 7, 8, 6].map(id),
  statementCount: 8,
  withRetracted: [1, 2, 3, 4, 5, 7, 8, 6].map((n) => `${id(n)} ACTIVE`),
  search: fragments(1, 2, 3, 5, 6),
  searchCount: 5,
};
/** asof-003 retracted: IRN says nothing; asof-007 becomes the red line's declaration. */
const AFTER_RETRACTION = {
  ...AFTER_B,
  matrix: [...AFTER_B.matrix.slice(0, 4), 'IRN 2020-09 - 0+ 0-', 'IRN 2020-10 - 0+ 0-'],
  redLine: {
    position: RED_LINE,
    statements: [[id(7), 'DECLARES']],
    statuses: [['RESTATED', id(7)]],
    latest: 'RESTATED',
  },
  statements: [1, 2, 4, 5, 7, 8, 6].map(id),
  statementCount: 7,
  withRetracted: AFTER_B.withRetracted.map((line) =>
    line === `${id(3)} ACTIVE` ? `${id(3)} RETRACTED` : line,
  ),
  search: fragments(1, 2, 5, 6),
  searchCount: 4,
};
/** asof-005 superseded by asof-006: RUS's October rests on asof-006 alone. */
const AFTER_SUPERSESSION = {
  ...AFTER_RETRACTION,
  matrix: AFTER_RETRACTION.matrix.map((line) =>
    line.startsWith('RUS 2020-10') ? `RUS 2020-10 SUPPORTS 1+ 0- ${id(6)}` : line,
  ),
  history: [
    ['2020-09-12', 'OPPOSES', id(2)],
    ['2020-10-20', 'SUPPORTS', id(6)],
  ],
  statements: [1, 2, 4, 7, 8, 6].map(id),
  statementCount: 6,
  withRetracted: AFTER_RETRACTION.withRetracted.map((line) =>
    line === `${id(5)} ACTIVE` ? `${id(5)} SUPERSEDED` : line,
  ),
  search: fragments(1, 2, 6),
  searchCount: 3,
};

describe('as of a moment: ingests, a retraction and a supersession, read back as they stood', () => {
  let db: Database;
  let api: TestApi;
  /** Each step's recorded time, to the millisecond (as GraphQL's DateTime carries it). */
  const moments: Record<'a' | 'b' | 'retracted' | 'superseded', string> = {
    a: '',
    b: '',
    retracted: '',
    superseded: '',
  };

  const recorded = async (
    statementIds: string[],
    property: 'recordedAt' | 'statusChangedAt',
  ): Promise<string[]> => {
    const { records } = await db.read(
      `UNWIND $ids AS id MATCH (s:Statement {id: id})
       RETURN DISTINCT toString(s[$property]) AS at`,
      { ids: statementIds, property },
    );
    return records.map((record) => record.get('at') as string);
  };
  /** One instant for a whole step, to the millisecond. */
  const momentOf = async (
    statementIds: string[],
    property: 'recordedAt' | 'statusChangedAt',
  ): Promise<string> => {
    const times = await recorded(statementIds, property);
    expect(times).toHaveLength(1);
    return new Date(times[0]!).toISOString();
  };

  const answerAsOf = async (asOf: string | null) => {
    const { body } = await api.query(EVERYTHING, { asOf });
    expect(body.errors).toBeUndefined();
    return summary(body.data as Everything);
  };

  beforeAll(async () => {
    buildDist();
    db = openTestDatabase();
    await resetAndMigrate(db);
    api = await startTestApi(db);
    await ingest(db, [{ file: fromRoot('tests', 'fixtures', 'as-of', 'batch-a.yaml') }]);
    moments.a = await momentOf([1, 2, 3, 4].map(id), 'recordedAt');
    await ingest(db, [{ file: fromRoot('tests', 'fixtures', 'as-of', 'batch-b.yaml') }]);
    moments.b = await momentOf([5, 6, 7, 8].map(id), 'recordedAt');
    await changeStatus(db, { kind: 'RETRACT', id: id(3), reason: 'test', by: 'test' });
    moments.retracted = await momentOf([id(3)], 'statusChangedAt');
    await changeStatus(db, {
      kind: 'SUPERSEDE',
      id: id(5),
      replacement: id(6),
      reason: 'a fuller text',
      by: 'test',
    });
    moments.superseded = await momentOf([id(5)], 'statusChangedAt');
    // A build, two ingests and two changes: beyond the default on a loaded machine.
  }, SLOW_MS);
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('records one knowledge time per ingest transaction and per change, in order', () => {
    const order = [moments.a, moments.b, moments.retracted, moments.superseded];
    // Distinct milliseconds, so that a moment between two steps exists.
    expect([...order].sort()).toEqual(order);
    expect(new Set(order).size).toBe(4);
  });

  it('re-ingesting a batch keeps the first recorded time', async () => {
    const before = await recorded([1, 2, 3, 4].map(id), 'recordedAt');
    await ingest(db, [{ file: fromRoot('tests', 'fixtures', 'as-of', 'batch-a.yaml') }]);
    expect(await recorded([1, 2, 3, 4].map(id), 'recordedAt')).toEqual(before);
  });

  it('answers as the graph stood before, between and after each step', async () => {
    const justBefore = new Date(new Date(moments.a).getTime() - 1).toISOString();
    expect(await answerAsOf(justBefore)).toEqual(NOTHING);
    expect(await answerAsOf(moments.a)).toEqual(AFTER_A);
    expect(await answerAsOf(moments.b)).toEqual(AFTER_B);
    expect(await answerAsOf(moments.retracted)).toEqual(AFTER_RETRACTION);
    expect(await answerAsOf(moments.superseded)).toEqual(AFTER_SUPERSESSION);
  });

  it('as of now answers as the present does (month summaries against the statements)', async () => {
    const present = await answerAsOf(null);
    expect(present).toEqual(AFTER_SUPERSESSION);
    expect(await answerAsOf(new Date().toISOString())).toEqual(present);
  });

  it(
    'the CLI --as-of answers as GraphQL does, and refuses a bad value naming the option',
    async () => {
      const compare = [
        'compare',
        '--actors',
        'TUR,RUS,IRN',
        '--positions',
        C,
        '--from',
        '2020-09',
        '--to',
        '2020-10',
        '--format',
        'json',
      ];
      for (const asOf of [moments.a, moments.retracted, moments.superseded]) {
        const run = await runCli([...compare, '--as-of', asOf]);
        expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
        const cells = (
          JSON.parse(run.stdout) as {
            cells: { actorId: string; bucket: { key: string }; stance: string | null }[];
          }
        ).cells.map((cell) => `${cell.actorId} ${cell.bucket.key} ${cell.stance ?? '-'}`);
        const viaApi = (await answerAsOf(asOf)).matrix.map((line) =>
          line.split(' ').slice(0, 3).join(' '),
        );
        expect(cells).toEqual(viaApi);
      }
      const history = await runCli([
        'history',
        '--actor',
        'RUS',
        '--position',
        C,
        '--as-of',
        moments.b,
        '--format',
        'json',
      ]);
      expect(history.status).toBe(0);
      const days = (JSON.parse(history.stdout) as { stances: { date: string; stance: string }[] })
        .stances;
      expect(days.map((d) => [d.date, d.stance])).toEqual(
        AFTER_B.history.map(([date, stance]) => [date, stance]),
      );
      // A day means its end: everything recorded that day (today, here) counts.
      const today = new Date().toISOString().slice(0, 10);
      const byDay = await runCli([...compare, '--as-of', today]);
      expect(byDay.status).toBe(0);
      const before = await runCli([...compare, '--as-of', '2000-01-01']);
      expect(
        (JSON.parse(before.stdout) as { cells: { stance: string | null }[] }).cells.every(
          (cell) => cell.stance === null,
        ),
      ).toBe(true);
      const bad = await runCli([...compare, '--as-of', 'last tuesday']);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/^error BAD_ARGUMENT: --as-of must be a date/);
      // Seven CLI processes, each starting Node and a driver.
    },
    SLOW_MS,
  );

  it('GraphQL refuses an asOf that is not a DateTime, naming the argument', async () => {
    const { body } = await api.query(EVERYTHING, { asOf: '2020-13-45' });
    expect(body.errors?.[0]?.message).toMatch(/\$asOf/);
  });
});
