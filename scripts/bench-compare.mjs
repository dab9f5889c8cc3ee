#!/usr/bin/env node
// Comparison latency: positionMatrix and agreement for 10 actors × 20 positions, monthly over
// five years. Prints figures; asserts nothing.
//
//   npm run bench:compare                      100k and 1M synthetic statements
//   npm run bench:compare -- --quick           10k, few runs (a smoke run)
//   npm run bench:compare -- --sizes 10k,100k  other sizes
//   options: --runs N (default 50), --warmup N, --reload (load the data again),
//            --load import|ingest (how a size not loaded yet is loaded; default import),
//            --page-cache SIZE (default 512m), --no-graphql,
//            --months-only (skip reading the cells from the statements, seconds per call at 1M),
//            --interpreted (GraphQL also through graphql-js's execute, besides compiled),
//            --as-of (also positionMatrix as of now: the same answer, read from the statements
//            since month summaries hold the present only; docs/model.md, "Knowledge time"), --help
//
// Data: scripts/lib/synthetic-comparison.mjs (194 states, 100 topics × 20 positions, Zipf
// activity, persistent stances; the benchmark's topic is the busiest). Each size is loaded once
// with `diplograph import` (Neo4j's offline importer; `--load ingest`: the ingest pipeline,
// `ingest --commit-every 10000`) into a Neo4j kept under
// .data/bench-compare/<size>-g<generator version>/ and reused by later runs; --reload starts it
// again (scripts/lib/comparison-data.mjs).
//
// Measured after a warm-up, R runs each, the 10 actors rotating over fixed groups of the 30
// busiest states (scripts/lib/synthetic-comparison.mjs ACTOR_GROUPS) so no single answer is
// cached: the service functions with databaseReader(db) (time split into the observation query,
// the scope queries and the JavaScript analysis), then the same through GraphQL over HTTP.
// The cells alone are also read both ways (month summaries, statements) for their ratio.
// Finally the two cell queries once each under PROFILE: db hits and rows.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBenchApi } from './lib/bench-api-server.mjs';
import {
  comparisonDataDir,
  ensureComparisonData,
  loadModeFrom,
  prepareComparisonData,
  parseSize,
  sizeLabel,
} from './lib/comparison-data.mjs';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import {
  ACTOR_GROUPS,
  BENCH_POSITIONS,
  BENCH_TOPIC,
  GENERATOR_VERSION,
  LAST_DAY,
} from './lib/synthetic-comparison.mjs';
import { exitWithHelp } from './lib/script-help.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = (p) => path.join(root, 'dist', 'src', p);
const argv = process.argv.slice(2);
const loadMode = loadModeFrom(argv);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};

if (flag('--help')) {
  exitWithHelp(import.meta.url);
}
const quick = flag('--quick');
const sizes = option('--sizes')
  ? option('--sizes').split(',').map(parseSize)
  : quick
    ? [10_000]
    : [100_000, 1_000_000];
const runs = Number(option('--runs') ?? (quick ? 12 : 50));
const warmUp = Number(
  option('--warmup') ?? (quick ? ACTOR_GROUPS.length : 2 * ACTOR_GROUPS.length),
);
const reload = flag('--reload');
const monthsOnly = flag('--months-only');
const asOf = flag('--as-of');
const pageCache = option('--page-cache') ?? '512m';
const FROM = '2020-01';
const TO = '2024-12';
const OBSERVATIONS = 'queries/stance-observations.cypher';
const MONTHS = 'queries/stance-months.cypher';
/** The query that reads a matrix's cells: month summaries, or the statements themselves. */
const CELL_QUERIES = [OBSERVATIONS, MONTHS];

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const { positionMatrix, agreement, databaseReader } = await import(dist('comparison/index.js'));
const { cellsFromMonths, cellsFromStatements } = await import(dist('comparison/cells.js'));
const { listBuckets } = await import(dist('analysis/index.js'));
const { cypher } = await import(dist('neo4j/cypher-files.js'));
const neo4j = (await import('neo4j-driver')).default;

const schemaText = readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8');
const graphqlHasFields =
  /^\s*positionMatrix\(/m.test(schemaText) && /^\s*agreement\(/m.test(schemaText);
const useGraphql = graphqlHasFields && !flag('--no-graphql');

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (x) => x.toFixed(1);
const median = (values) => percentile(values, 50);
const log = (...parts) => console.error(...parts);

// --- measurement ----------------------------------------------------------------------------

/** databaseReader(db), timing each query: the split between Cypher and JavaScript. */
function timedReader(db) {
  const read = databaseReader(db);
  const calls = [];
  const reader = async (query, params) => {
    const started = performance.now();
    const rows = await read(query, params);
    calls.push({ file: query.file, ms: performance.now() - started, rows: rows.length });
    return rows;
  };
  return { reader, calls };
}

const inputOf = (actors) => ({
  actors,
  positions: BENCH_POSITIONS,
  from: FROM,
  to: TO,
  interval: 'MONTH',
});

/** The cells alone (no scope queries), read one way or the other: their ratio in one run. */
const cellScope = (actors) => ({
  actors,
  positions: BENCH_POSITIONS,
  buckets: listBuckets('MONTH', `${FROM}-01`, LAST_DAY),
  to: LAST_DAY,
  modalities: ['ASSERTED'],
});

const SERVICE_CALLS = {
  'cells from months': {
    run: (reader, actors) => cellsFromMonths(reader, cellScope(actors)),
    size: (cells) => `${cells.length} cells`,
  },
  'cells from statements': {
    run: (reader, actors) => cellsFromStatements(reader, cellScope(actors)),
    size: (cells) => `${cells.length} cells`,
  },
  positionMatrix: {
    run: (reader, actors) => positionMatrix(reader, inputOf(actors)),
    size: (result) => `${result.cells.length} cells`,
  },
  agreement: {
    run: (reader, actors) => agreement(reader, { ...inputOf(actors), measure: 'S_SCORE' }),
    size: (result) => `${result.pairs.length} pairs`,
  },
  ...(asOf
    ? {
        'positionMatrix asOf now': {
          run: (reader, actors) => positionMatrix(reader, { ...inputOf(actors), asOf: new Date() }),
          size: (result) => `${result.cells.length} cells`,
        },
      }
    : {}),
};

async function measureService(db, name) {
  const call = SERVICE_CALLS[name];
  const { reader, calls } = timedReader(db);
  for (let i = 0; i < warmUp; i++) await call.run(reader, ACTOR_GROUPS[i % ACTOR_GROUPS.length]);
  const samples = [];
  let size = '';
  for (let i = 0; i < runs; i++) {
    calls.length = 0;
    const started = performance.now();
    const result = await call.run(reader, ACTOR_GROUPS[i % ACTOR_GROUPS.length]);
    const total = performance.now() - started;
    const cellCalls = calls.filter((c) => CELL_QUERIES.includes(c.file));
    const readMs = calls.reduce((sum, c) => sum + c.ms, 0);
    const cellMs = cellCalls.reduce((sum, c) => sum + c.ms, 0);
    samples.push({
      total,
      cellMs,
      scopeMs: readMs - cellMs,
      jsMs: total - readMs,
      rows: cellCalls.reduce((sum, c) => sum + c.rows, 0),
      source: cellCalls.map((c) => (c.file === MONTHS ? 'months' : 'statements')).join('+'),
      queries: calls.length,
    });
    size = call.size(result);
  }
  return { samples, size };
}

const MATRIX_QUERY = `query Matrix($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH) {
    buckets { key }
    cells {
      actor { id } position { id } bucket stance carried mixed statedOn supports opposes neutral
      evidence { statementId quoteId date stance act }
    }
  }
}`;
/** The same matrix as rows (a time series per actor and position), evidence as ids. */
const MATRIX_ROWS_QUERY = `query MatrixRows($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH) {
    buckets { key }
    rows {
      actor { id } position { id }
      stances carried mixed statedOn supports opposes neutral statementIds quoteIds
    }
  }
}`;
const AGREEMENT_QUERY = `query Agreement($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  agreement(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH,
            measure: S_SCORE) {
    buckets { key }
    pairs { actorA { id } actorB { id } bucket { key } score n reason }
  }
}`;

async function measureGraphql(db, compiled) {
  const api = await startBenchApi(db, { compiled });
  const { url } = api;
  const ask = async (query, actors) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        variables: { actors, positions: BENCH_POSITIONS, from: FROM, to: TO },
      }),
    });
    const text = await response.text();
    const body = JSON.parse(text);
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return { body, bytes: text.length };
  };
  const results = {};
  try {
    for (const [name, query, sizeOf] of [
      ['positionMatrix', MATRIX_QUERY, (d) => `${d.positionMatrix.cells.length} cells`],
      [
        'positionMatrix rows',
        MATRIX_ROWS_QUERY,
        (d) => `${d.positionMatrix.rows.length} rows × ${d.positionMatrix.buckets.length}`,
      ],
      ['agreement', AGREEMENT_QUERY, (d) => `${d.agreement.pairs.length} pairs`],
    ]) {
      for (let i = 0; i < warmUp; i++) await ask(query, ACTOR_GROUPS[i % ACTOR_GROUPS.length]);
      const samples = [];
      let size = '';
      let roundTrips = 0;
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const answer = await ask(query, ACTOR_GROUPS[i % ACTOR_GROUPS.length]);
        samples.push({ total: performance.now() - started });
        size = sizeOf(answer.body.data);
        roundTrips = Math.max(roundTrips, answer.body.extensions?.roundTrips ?? 0);
        bytes = Math.max(bytes, answer.bytes);
      }
      results[name] = { samples, size, roundTrips, bytes };
    }
  } finally {
    await api.stop();
  }
  return results;
}

const observationParams = (actors) => ({
  actors,
  positions: BENCH_POSITIONS,
  to: LAST_DAY,
  modalities: ['ASSERTED'],
  asOf: null,
});

/** The observation query alone through the driver, per group: Neo4j's times against the wall. */
async function observationByGroup(db) {
  const text = cypher(OBSERVATIONS);
  const out = [];
  for (const [g, actors] of ACTOR_GROUPS.entries()) {
    const walls = [];
    let summary;
    let rows = 0;
    for (let k = 0; k < 3; k++) {
      const started = performance.now();
      const result = await db.driver.executeQuery(text, observationParams(actors), {
        database: 'neo4j',
        routing: neo4j.routing.READ,
      });
      walls.push(performance.now() - started);
      summary = result.summary;
      rows = result.records.length;
    }
    out.push({
      group: g + 1,
      rows,
      wallMs: median(walls),
      availableMs: Number(summary.resultAvailableAfter),
      consumedMs: Number(summary.resultConsumedAfter),
    });
  }
  return out;
}

const monthParams = (actors) => ({
  actors,
  positions: BENCH_POSITIONS,
  modality: 'ASSERTED',
  fromMonth: FROM,
  toMonth: LAST_DAY.slice(0, 7),
});

/** PROFILE of a cells query for the busiest group: db hits and rows per operator. */
async function profileQuery(db, file, params) {
  const session = db.driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${cypher(file)}`, params);
    const operators = [];
    const walk = (plan, depth) => {
      const details = plan.arguments?.Details ?? plan.identifiers?.join(', ') ?? '';
      operators.push({
        operator: `${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')}`,
        details: String(details).replace(/\s+/g, ' ').slice(0, 90),
        rows: Number(plan.rows),
        dbHits: Number(plan.dbHits),
      });
      for (const child of plan.children ?? []) walk(child, depth + 1);
    };
    walk(result.summary.profile, 0);
    return {
      rows: result.records.length,
      dbHits: operators.reduce((sum, o) => sum + o.dbHits, 0),
      operators,
      availableMs: Number(result.summary.resultAvailableAfter),
      consumedMs: Number(result.summary.resultConsumedAfter),
    };
  } finally {
    await session.close();
  }
}

async function graphFigures(db) {
  const count = async (query) => Number((await db.read(query)).records[0].get(0));
  return {
    statements: await count('MATCH (s:Statement) RETURN count(s)'),
    stances: await count('MATCH ()-[t:TAKES_STANCE]->() RETURN count(t)'),
  };
}

function storeMiB(base) {
  try {
    const out = execFileSync('du', ['-sm', path.join(base, 'neo4j')], { encoding: 'utf8' });
    return Number(out.split(/\s/)[0]);
  } catch {
    return undefined;
  }
}

// --- run ------------------------------------------------------------------------------------

function markdownTable(rows) {
  const keys = Object.keys(rows[0]);
  const cells = [keys, ...rows.map((r) => keys.map((k) => String(r[k] ?? '')))];
  const widths = keys.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const numeric = keys.map((k) => rows.every((r) => /^[\d.,–-]*$/.test(String(r[k] ?? ''))));
  const line = (row) =>
    `| ${row.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

const summaryRows = [];
const details = [];
for (const count of sizes) {
  const label = sizeLabel(count);
  const base = comparisonDataDir(count);
  if (reload) rmSync(base, { recursive: true, force: true });
  await prepareComparisonData(count, loadMode, log);
  await withFreshNeo4j(
    async (db) => {
      const loaded = await ensureComparisonData(db, count, log);
      const graph = await graphFigures(db);
      log(`${label}: measuring (${warmUp} warm-up and ${runs} runs per call) …`);
      const service = {};
      for (const name of Object.keys(SERVICE_CALLS)) {
        if (monthsOnly && name === 'cells from statements') continue;
        service[name] = await measureService(db, name);
      }
      const executors = useGraphql ? (flag('--interpreted') ? [true, false] : [true]) : [];
      const viaGraphql = [];
      for (const compiled of executors) {
        viaGraphql.push([compiled ? 'compiled' : 'graphql-js', await measureGraphql(db, compiled)]);
      }
      const byGroup = monthsOnly ? [] : await observationByGroup(db);
      const profiles = [
        [OBSERVATIONS, await profileQuery(db, OBSERVATIONS, observationParams(ACTOR_GROUPS[0]))],
        [MONTHS, await profileQuery(db, MONTHS, monthParams(ACTOR_GROUPS[0]))],
      ];

      const range = (values) => {
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        return lo === hi ? String(lo) : `${lo}–${hi}`;
      };
      for (const [name, { samples, size }] of Object.entries(service)) {
        const totals = samples.map((s) => s.total);
        summaryRows.push({
          statements: label,
          call: `${name} (service)`,
          'p50 ms': ms(percentile(totals, 50)),
          'p95 ms': ms(percentile(totals, 95)),
          'max ms': ms(Math.max(...totals)),
          'cells read from': samples[0].source,
          'cells query p50 ms': ms(median(samples.map((s) => s.cellMs))),
          'scope queries p50 ms': ms(median(samples.map((s) => s.scopeMs))),
          'JS p50 ms': ms(median(samples.map((s) => s.jsMs))),
          'rows read': range(samples.map((s) => s.rows)),
          result: size,
        });
      }
      for (const [executor, results] of viaGraphql) {
        for (const [name, { samples, size, roundTrips, bytes }] of Object.entries(results)) {
          const totals = samples.map((s) => s.total);
          summaryRows.push({
            statements: label,
            call: `${name} (GraphQL ${executor}, ${roundTrips} round-trips, ${(bytes / 1e6).toFixed(1)} MB)`,
            'p50 ms': ms(percentile(totals, 50)),
            'p95 ms': ms(percentile(totals, 95)),
            'max ms': ms(Math.max(...totals)),
            'cells read from': '',
            'cells query p50 ms': '',
            'scope queries p50 ms': '',
            'JS p50 ms': '',
            'rows read': '',
            result: size,
          });
        }
      }
      const expected = loaded.stats.groups.map((g) => g.observationRows);
      const mismatched = byGroup.filter((g, i) => g.rows !== expected[i]);
      details.push(
        [
          `### ${label} statements (generator v${GENERATOR_VERSION})`,
          '',
          `Graph: ${graph.statements} statements, ${graph.stances} stances; store ${storeMiB(base) ?? '?'} MiB on disk, page cache ${pageCache}. ` +
            (loaded.reused
              ? `Loaded earlier (${loaded.loadedAt}: ${loaded.seconds} s, ${loaded.statementsPerSecond} statements/s).`
              : `Loaded now: ${loaded.seconds} s, ${loaded.statementsPerSecond} statements/s.`),
          `Statements touching the ${BENCH_POSITIONS.length} positions of ${BENCH_TOPIC}: ${loaded.stats.percentOfStatementsOnBenchPositions}%; ` +
            `CONDITIONAL stances ${loaded.stats.conditionalStances}, joint statements ${loaded.stats.jointStatements}.`,
          '',
          ...(byGroup.length === 0
            ? ['(--months-only: the observation query per group was not run.)']
            : [
                markdownTable(
                  byGroup.map((g, i) => ({
                    group: `${g.group}: ${ACTOR_GROUPS[i].join(' ')}`,
                    '% statements by the group': loaded.stats.groups[i].percentOfStatementsByActors,
                    '% on positions and group': loaded.stats.groups[i].percentOfStatementsOnBoth,
                    'observation rows': g.rows,
                    'query wall ms': ms(g.wallMs),
                    'Neo4j first row ms': g.availableMs,
                    'Neo4j streaming ms': g.consumedMs,
                  })),
                ),
                mismatched.length === 0
                  ? '\nObservation rows match the generator’s count for every group.'
                  : `\nWARNING: observation rows differ from the generator’s count for groups ${mismatched.map((g) => g.group)}.`,
              ]),
          '',
          ...profiles.flatMap(([file, profile]) => [
            `PROFILE of ${file}, group 1: ${profile.dbHits.toLocaleString('en')} db hits, ${profile.rows.toLocaleString('en')} rows (first row after ${profile.availableMs} ms, all after ${profile.availableMs + profile.consumedMs} ms, under PROFILE)`,
            '',
            markdownTable(profile.operators),
            '',
          ]),
        ].join('\n'),
      );
    },
    { dataDir: path.join(base, 'neo4j'), pageCache },
  );
}

console.log(`\n## Comparison benchmark, ${os.cpus().length} cores\n`);
console.log(
  `positionMatrix and agreement (S_SCORE), 10 actors × the ${BENCH_POSITIONS.length} positions of ${BENCH_TOPIC}, ${FROM} to ${TO}, interval MONTH (60 buckets); ` +
    `${runs} runs each after ${warmUp} warm-up, the actors rotating over ${ACTOR_GROUPS.length} groups. ` +
    (useGraphql
      ? 'Service: the functions of src/comparison with databaseReader(db); GraphQL: the same over HTTP in development mode.'
      : graphqlHasFields
        ? 'Service only (--no-graphql).'
        : 'Service only: schema/schema.graphql has no positionMatrix/agreement yet.'),
);
console.log(`\n${markdownTable(summaryRows)}\n`);
for (const text of details) console.log(`${text}\n`);
