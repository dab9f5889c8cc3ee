import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { listBuckets, summariseMonths, unpackEvidence } from '../../../src/analysis';
import type { Interval, StanceMonth, StanceObservation } from '../../../src/analysis';
import { compareEvidence } from '../../../src/analysis/timeline';
import { cellsFromMonths, cellsFromStatements } from '../../../src/comparison/cells';
import { agreement, databaseReader, positionMatrix } from '../../../src/comparison';
import type { QueryReader } from '../../../src/comparison';
import { stanceMonths } from '../../../src/comparison/comparison.queries';
import { ingest } from '../../../src/ingest/ingest';
import { MIGRATIONS_DIR, runMigrationStatement } from '../../../src/migrations/migrator';
import { readMigrations } from '../../../src/migrations/migration-files';
import type { Database } from '../../../src/neo4j/database';
import { changeStatus } from '../../../src/statements/status';
import { COMPARISON_YAML, loadComparisonFixture } from '../../support/comparison-fixture';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * The month summaries (:StanceMonth) the graph keeps are checked against src/analysis's
 * `summariseMonths` of every stance in the graph, after each way they are written: ingestion in
 * small batches, retraction, supersession, and migration 005 on a graph that had statements.
 */

/** Every TAKES_STANCE, with the status of its statement, as src/analysis takes them. */
async function everyObservation(db: Database): Promise<StanceObservation[]> {
  const { records } = await db.read(`
    MATCH (p:Position)<-[t:TAKES_STANCE]-(s:Statement)-[:ON_BEHALF_OF]->(a:Actor)
    RETURN a.id AS actorId, p.id AS positionId, s.id AS statementId, t.quoteId AS quoteId,
           toString(s.date) AS date, t.stance AS stance, t.act AS act, t.modality AS modality,
           s.status = 'RETRACTED' AS retracted, s.status = 'SUPERSEDED' AS superseded`);
  return records.map((record) => ({
    ...(record.toObject() as StanceObservation),
    retracted: record.get('retracted') === true,
    superseded: record.get('superseded') === true,
  }));
}

interface MonthNode extends Omit<StanceMonth, 'evidence'> {
  evidence: string[];
}

async function graphMonths(db: Database): Promise<StanceMonth[]> {
  const { records } = await db.read(`
    MATCH (m:StanceMonth)
    RETURN m {.*, lastDay: toString(m.lastDay)} AS m
    ORDER BY m.positionId, m.actorId, m.modality, m.month`);
  return records.map((record) => {
    const m = record.get('m') as MonthNode;
    return {
      actorId: m.actorId,
      positionId: m.positionId,
      modality: m.modality,
      month: m.month,
      supports: m.supports,
      opposes: m.opposes,
      neutral: m.neutral,
      lastDay: m.lastDay,
      evidence: m.evidence.map((item) => unpackEvidence(item, m.lastDay, m.modality)),
    };
  });
}

/** The graph keeps a month's evidence in the order batches appended it. */
function sortedEvidence(months: readonly StanceMonth[]): StanceMonth[] {
  return months.map((month) => ({ ...month, evidence: [...month.evidence].sort(compareEvidence) }));
}

async function expectSummariesToMatchStatements(db: Database): Promise<StanceMonth[]> {
  const months = sortedEvidence(await graphMonths(db));
  expect(months).toEqual(summariseMonths(await everyObservation(db)));
  return months;
}

/**
 * The fixture as its definitions (YAML) and its statements in reverse order (NDJSON, written one
 * record a batch): later batches bring earlier days, the same day (cmp-022 and cmp-023) and later
 * ones, so every branch of the graph's merge is taken.
 */
function reversedFixture(): { file: string }[] {
  const document = parseDocument(readFileSync(COMPARISON_YAML, 'utf8'));
  const { statements } = document.toJS() as { statements: unknown[] };
  document.set('statements', document.createNode([]));
  const dir = mkdtempSync(path.join(tmpdir(), 'dg-months-'));
  const definitions = path.join(dir, 'definitions.yaml');
  const feed = path.join(dir, 'statements.ndjson');
  writeFileSync(definitions, document.toString());
  writeFileSync(
    feed,
    [...statements]
      .reverse()
      .map((s) => `${JSON.stringify(s)}\n`)
      .join(''),
  );
  return [{ file: definitions }, { file: feed }];
}

describe('month summaries in the graph', () => {
  let db: Database;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  beforeEach(async () => {
    await clearGraph(db);
  });
  afterAll(async () => db.close());

  it('add up batch by batch, in any order of days, to the summaries of every statement', async () => {
    await ingest(db, reversedFixture(), { batchSize: 1 });
    const months = await expectSummariesToMatchStatements(db);
    // The fixture exercises every branch of the merge: a month whose last day two batches share.
    expect(months.some((month) => new Set(month.evidence.map((e) => e.statementId)).size > 1)).toBe(
      true,
    );
    expect(months.length).toBeGreaterThan(20);

    // Ingesting again finds every statement there: the summaries do not move.
    const again = await ingest(db, [{ file: COMPARISON_YAML }], { batchSize: 5 });
    expect(again.counters).toMatchObject({ nodesCreated: 0, propertiesSet: 0 });
    expect(sortedEvidence(await graphMonths(db))).toEqual(months);
  });

  it('follow retractions and supersessions, dropping a month nothing counts in any more', async () => {
    await ingest(db, [{ file: COMPARISON_YAML }]);
    const before = await graphMonths(db);
    const retracted = await changeStatus(db, {
      kind: 'RETRACT',
      id: 'statement:cmp-027',
      reason: 'test',
      by: 'test',
    });
    expect(retracted).toEqual({ missing: false, before: null });
    const superseded = await changeStatus(db, {
      kind: 'SUPERSEDE',
      id: 'statement:cmp-001',
      replacement: 'statement:cmp-002',
      reason: 'test',
      by: 'test',
    });
    expect(superseded).toEqual({ missing: false, before: null });
    const after = await expectSummariesToMatchStatements(db);
    expect(after).not.toEqual(sortedEvidence(before));

    // A second retraction of the same statement changes nothing.
    await changeStatus(db, { kind: 'RETRACT', id: 'statement:cmp-027', reason: 'x', by: 'x' });
    expect(sortedEvidence(await graphMonths(db))).toEqual(after);
  });

  it('are built by migration 005 for a graph that had statements before it', async () => {
    await loadComparisonFixture(db);
    const kept = sortedEvidence(await graphMonths(db));
    await db.write('MATCH (m:StanceMonth) DELETE m');
    const migration = readMigrations(MIGRATIONS_DIR).find((file) => file.version === 5)!;
    for (const statement of migration.statements) await runMigrationStatement(db, statement);
    expect(sortedEvidence(await graphMonths(db))).toEqual(kept);
    await expectSummariesToMatchStatements(db);
  });

  // The fixture's statements start in 2020-01: the first window reads none before it, the second
  // carries stances into its first bucket from months it does not count.
  it.each<[Interval, string]>([
    ['MONTH', '2019-07-01'],
    ['QUARTER', '2019-07-01'],
    ['YEAR', '2019-07-01'],
    ['NONE', '2019-07-01'],
    ['MONTH', '2021-02-01'],
    ['QUARTER', '2021-04-01'],
    ['NONE', '2021-02-01'],
  ])('give the same %s cells as the statements themselves, from %s', async (interval, from) => {
    await loadComparisonFixture(db);
    const { records } = await db.read(
      'MATCH (a:Actor)<-[:ON_BEHALF_OF]-(:Statement)-[:TAKES_STANCE]->(p:Position) ' +
        'RETURN collect(DISTINCT a.id) AS actors, collect(DISTINCT p.id) AS positions',
    );
    const scope = {
      actors: (records[0]!.get('actors') as string[]).sort(),
      positions: (records[0]!.get('positions') as string[]).sort(),
      buckets: listBuckets(interval, from, '2022-06-30'),
      to: '2022-06-30',
      modalities: ['ASSERTED'] as const,
    };
    const read = databaseReader(db);
    const fromMonths = await cellsFromMonths(read, scope);
    expect(fromMonths).toEqual(await cellsFromStatements(read, scope));
    expect(fromMonths.filter((cell) => cell.stance !== null).length).toBeGreaterThan(10);
  });

  it('read of the months before the window only the latest, and every count from the index', async () => {
    await loadComparisonFixture(db);
    const months = (await graphMonths(db)).filter((month) => month.modality === 'ASSERTED');
    const params = {
      actors: [...new Set(months.map((month) => month.actorId))].sort(),
      positions: [...new Set(months.map((month) => month.positionId))].sort(),
      modality: 'ASSERTED',
      fromMonth: '2021-02',
      toMonth: '2021-12',
    };
    const expected = new Map<string, string[]>();
    for (const month of months) {
      if (month.month > params.toMonth) continue;
      const key = `${month.actorId} ${month.positionId}`;
      // In month order (graphMonths): a later month before the window replaces an earlier one.
      const kept = month.month < params.fromMonth ? [] : (expected.get(key) ?? []);
      expected.set(key, [...kept, month.month]);
    }
    const rows = await databaseReader(db)(stanceMonths, params);
    const read = new Map(
      rows.map((row) => [`${row.actorId} ${row.positionId}`, [...row.months].sort()]),
    );
    expect(read).toEqual(expected);
    // Pairs with several months before the window, of which one was read.
    const skipped = months.filter((month) => month.month < params.fromMonth).length;
    expect(skipped).toBeGreaterThan([...read.values()].filter((m) => m[0]! < '2021-02').length);

    const session = db.driver.session({ database: db.name });
    try {
      const { summary } = await session.run(`EXPLAIN ${stanceMonths.text()}`, params);
      const operators: { type: string; details: string }[] = [];
      const walk = (plan: typeof summary.plan) => {
        if (plan === false) return;
        operators.push({ type: plan.operatorType, details: String(plan.arguments.Details ?? '') });
        plan.children.forEach(walk);
      };
      walk(summary.plan);
      // Sorting or caching properties would mean the history or the store was read.
      expect(operators.filter((op) => /Sort|Top|CacheProperties/.test(op.type))).toEqual([]);
      const seeks = operators.filter((op) => op.type.startsWith('NodeIndexSeek'));
      expect(seeks).toHaveLength(2);
      for (const seek of seeks) expect(seek.details).toContain('neutral, lastDay)');
    } finally {
      await session.close();
    }
  });

  it.each(['positionMatrix', 'agreement'] as const)(
    '%s resolves its scope in one query and tells it before it reads the cells',
    async (operation) => {
      await loadComparisonFixture(db);
      const read = databaseReader(db);
      const log: string[] = [];
      const logged: QueryReader = (query, params) => {
        log.push(query.file);
        return read(query, params);
      };
      const input = {
        actors: ['Turkey', 'RUS'],
        positions: ['CEASEFIRE:test-war'],
        from: '2020-01',
        to: '2021-12',
      };
      const onScope = (scope: { actors: readonly string[]; positions: readonly string[] }) => {
        log.push(`scope ${scope.actors.join(',')} ${scope.positions.join(',')}`);
      };
      if (operation === 'positionMatrix') await positionMatrix(logged, input, onScope);
      else await agreement(logged, input, onScope);
      // Named positions are found by the names' query: nothing else is read before the cells.
      expect(log).toEqual([
        'names/resolve-names.cypher',
        'scope TUR,RUS CEASEFIRE:test-war',
        'queries/stance-months.cypher',
      ]);
    },
  );
});
