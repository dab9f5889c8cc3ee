#!/usr/bin/env node
// bench:compare's GraphQL operations against two trees (an earlier main and this one), on the
// same data, interleaved on the same machine. Prints figures; asserts nothing.
//
//   node scripts/bench-compare-trees.mjs --base /work/wt/base --sizes 100k
//   options: --main TREE (default: this checkout), --runs N (default 50), --warmup N (default
//            twice the actor groups), --data DIR (default .data/bench-compare-trees),
//            --page-cache SIZE (default 512m), --operations A,B (only the operations whose name
//            contains A or B: cells, rows, agreement), --cpu-prof DIR (each tree's API process
//            profiled, written to DIR/<base|main>.cpuprofile when it stops), --store DIR (both
//            trees over the one Neo4j of DIR instead, a store of bench:compare's data such as
//            .data/bench-compare/1M-g2, started and migrated by the main tree; --sizes is then
//            ignored), --help
//
// The two trees' bench:compare generate different data (generator v1 before issue 19's
// redesign, v2 after, with features the earlier tree cannot ingest), so this uses the BASE tree's
// generator (scripts/lib/synthetic-comparison.mjs), writes its files once under DIR/input-<size>-
// g<version>/, and loads the same files into two stores, DIR/<size>-g<version>/<commit>/ (the last
// commit to change the tree's src or cypher): each by its own tree's ingestion (commits of
// 10,000), kept and reused by later runs. Each tree's API
// then runs in a child process of its own (scripts/lib/tree-api-process.mjs: the tree's launcher,
// dist and bench API server, development mode, compiled), and the operations of bench:compare
// (positionMatrix with cells and evidence, positionMatrix as rows, agreement S_SCORE) go to both
// alternately, the order swapped every run (base, main, main, base, …), the 10 actors rotating
// over the generator's groups. Each operation is first checked against both trees' schemas
// (schema/schema.graphql), and the warm-up answers of every group are compared (cells, rows and
// pairs after sorting). Reported per operation: p50/p95 per tree, main/base, the median of the
// per-run ratios, and the load average.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { parseSize, sizeLabel } from './lib/comparison-data.mjs';
import { startTreeApi } from './lib/tree-api-process.mjs';
import { exitWithHelp } from './lib/script-help.mjs';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};

if (argv.includes('--help') || option('--base') === undefined) {
  exitWithHelp(import.meta.url, argv.includes('--help') ? 0 : 2);
}
const trees = [
  { name: 'base', dir: path.resolve(option('--base')) },
  { name: 'main', dir: path.resolve(option('--main') ?? root) },
];
const sizes = (option('--sizes') ?? '100k').split(',').map(parseSize);
const dataRoot = path.resolve(option('--data') ?? path.join(root, '.data', 'bench-compare-trees'));
const pageCache = option('--page-cache') ?? '512m';
const cpuProfDir = option('--cpu-prof') && path.resolve(option('--cpu-prof'));
const sharedStore = option('--store') && path.resolve(option('--store'));
const nodeOptions = (tree) =>
  cpuProfDir
    ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`, `--cpu-prof-name=${tree.name}.cpuprofile`]
    : [];
const generator = await import(
  pathToFileURL(path.join(trees[0].dir, 'scripts/lib/synthetic-comparison.mjs')).href
);
const { ACTOR_GROUPS, BENCH_POSITIONS, GENERATOR_VERSION } = generator;
const runs = Number(option('--runs') ?? 50);
const warmUp = Number(option('--warmup') ?? 2 * ACTOR_GROUPS.length);
const FROM = '2020-01';
const TO = '2024-12';
const log = (...parts) => console.error(...parts);
const git = (dir, args) => execFileSync('git', args, { cwd: dir }).toString().trim();
for (const tree of trees) {
  tree.commit = git(tree.dir, ['rev-parse', '--short', 'HEAD']);
  // A store is named for the last commit that changed what writes it (the code and the Cypher),
  // so a commit that touches only scripts or docs reuses the store already loaded.
  tree.storeCommit = git(tree.dir, ['log', '-1', '--format=%h', 'HEAD', '--', 'src', 'cypher']);
  tree.label =
    tree.storeCommit === tree.commit ? tree.commit : `${tree.commit}, src of ${tree.storeCommit}`;
}

// The operations of scripts/bench-compare.mjs, as they are there.
const OPERATIONS = {
  'positionMatrix (cells, evidence)': `query Matrix($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH) {
    buckets { key }
    cells {
      actor { id } position { id } bucket stance carried mixed statedOn supports opposes neutral
      evidence { statementId quoteId date stance act }
    }
  }
}`,
  'positionMatrix rows': `query MatrixRows($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  positionMatrix(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH) {
    buckets { key }
    rows {
      actor { id } position { id }
      stances carried mixed statedOn supports opposes neutral statementIds quoteIds
    }
  }
}`,
  'agreement S_SCORE': `query Agreement($actors: [ID!]!, $positions: [ID!], $from: String!, $to: String!) {
  agreement(actors: $actors, positions: $positions, from: $from, to: $to, interval: MONTH,
            measure: S_SCORE) {
    buckets { key }
    pairs { actorA { id } actorB { id } bucket { key } score n reason }
  }
}`,
};

/** Every operation valid against every tree's schema: the same arguments and fields exist. */
function checkOperations() {
  for (const tree of trees) {
    const schema = buildSchema(readFileSync(path.join(tree.dir, 'schema/schema.graphql'), 'utf8'));
    for (const [name, text] of Object.entries(OPERATIONS)) {
      const errors = validate(schema, parse(text));
      if (errors.length > 0)
        throw new Error(`${name} is not valid in ${tree.name} (${tree.commit}): ${errors[0]}`);
    }
  }
}

/**
 * An answer in a form that does not depend on order where order means nothing: lists of objects
 * (cells, evidence, rows, pairs, buckets) and lists of ids per bucket are sorted; per-bucket
 * lists of values (a row's stances) keep their order. Numbers to 12 significant digits.
 */
function canonical(value, inList = false) {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, true));
    const objects = items.every((item) => item !== null && typeof item === 'object');
    const keyed = objects && items.every((item) => !Array.isArray(item));
    if (!keyed && !(inList && items.every((item) => typeof item !== 'object'))) return items;
    return items
      .map((item) => [JSON.stringify(item), item])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return typeof value === 'number' ? Number(value.toPrecision(12)) : value;
}

async function ask(url, query, actors) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query,
      variables: { actors, positions: BENCH_POSITIONS, from: FROM, to: TO },
    }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = JSON.parse(text);
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return { ms, data: body.data, bytes: text.length, roundTrips: body.extensions?.roundTrips };
}

/** Both trees once for a group, in the given order; their answers and times. */
async function round(apis, query, group, order) {
  const answers = {};
  for (const name of order) answers[name] = await ask(apis[name].url, query, ACTOR_GROUPS[group]);
  return answers;
}

/** Warm-up (answers compared, every group) then the runs, the order swapped each run. */
async function measure(apis, name, query) {
  const compared = new Set();
  const mismatched = new Set();
  for (let i = 0; i < warmUp; i++) {
    const group = i % ACTOR_GROUPS.length;
    const answers = await round(apis, query, group, i % 2 ? ['main', 'base'] : ['base', 'main']);
    if (compared.has(group)) continue;
    compared.add(group);
    const same =
      JSON.stringify(canonical(answers.base.data)) === JSON.stringify(canonical(answers.main.data));
    if (!same) mismatched.add(group + 1);
  }
  const load = [os.loadavg()[0]];
  const samples = { base: [], main: [] };
  let last;
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['main', 'base'] : ['base', 'main'];
    last = await round(apis, query, i % ACTOR_GROUPS.length, order);
    for (const tree of order) samples[tree].push(last[tree].ms);
  }
  load.push(os.loadavg()[0]);
  log(`  ${name}: done (load ${load.map((l) => l.toFixed(1)).join(' → ')})`);
  return { name, samples, compared, mismatched, load, last };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

function resultRow({ name, samples, compared, mismatched, load, last }) {
  const [b50, m50] = [percentile(samples.base, 50), percentile(samples.main, 50)];
  const [b95, m95] = [percentile(samples.base, 95), percentile(samples.main, 95)];
  const ratios = samples.main.map((m, i) => m / samples.base[i]);
  const faster = ratios.filter((r) => r < 1).length;
  const trips = ['base', 'main'].map((t) => last[t].roundTrips ?? '?').join('/');
  return {
    operation: name,
    'base p50': b50.toFixed(1),
    'main p50': m50.toFixed(1),
    'main/base p50': (m50 / b50).toFixed(2),
    'base p95': b95.toFixed(1),
    'main p95': m95.toFixed(1),
    'main/base p95': (m95 / b95).toFixed(2),
    'per-run ratio p25–p50–p75': [25, 50, 75]
      .map((p) => percentile(ratios, p).toFixed(2))
      .join('–'),
    'main faster': `${faster}/${ratios.length}`,
    'round-trips': trips,
    MB: (last.main.bytes / 1e6).toFixed(1),
    answers:
      mismatched.size === 0
        ? `equal (${compared.size} groups)`
        : `DIFFER in groups ${[...mismatched].join(',')}`,
    load: load.map((l) => l.toFixed(1)).join('→'),
  };
}

function markdownTable(rows) {
  const keys = Object.keys(rows[0]);
  const cells = [keys, ...rows.map((r) => keys.map((k) => String(r[k] ?? '')))];
  const widths = keys.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const numeric = keys.map((k) => rows.every((r) => /^[\d.,/–-]*$/.test(String(r[k] ?? ''))));
  const line = (row) =>
    `| ${row.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (numeric[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** The base generator's files for `count` statements, written once; their figures. */
async function ensureInput(count) {
  const input = path.join(dataRoot, `input-${sizeLabel(count)}-g${GENERATOR_VERSION}`);
  // Beside the folder, not in it: ingestion is given the folder whole.
  const figures = `${input}.json`;
  if (existsSync(figures)) return { input, stats: JSON.parse(readFileSync(figures, 'utf8')) };
  log(`${sizeLabel(count)}: generating ${count} statements (${trees[0].name}'s generator) …`);
  const stats = await generator.writeComparisonData(count, input);
  writeFileSync(figures, `${JSON.stringify(stats, null, 2)}\n`);
  return { input, stats };
}

/** `store`: a Neo4j's bolt URI both trees read, or null for each tree's own store. */
async function runSize(count, store = null) {
  const label = store === null ? sizeLabel(count) : path.basename(sharedStore);
  const { input } = store === null ? await ensureInput(count) : { input: '' };
  const apis = {};
  try {
    // Started together: each loads its store (the first time) in its own process.
    await Promise.all(
      trees.map(async (tree) => {
        const own = path.join(dataRoot, `${label}-g${GENERATOR_VERSION}`, tree.storeCommit);
        apis[tree.name] = await startTreeApi(tree.dir, store ?? own, input, {
          pageCache,
          nodeOptions: nodeOptions(tree),
        });
        const { loaded } = apis[tree.name];
        log(
          loaded.store
            ? `${tree.name} (${tree.label}): reads ${sharedStore} (${loaded.store})`
            : `${tree.name} (${tree.label}): ${loaded.statements} statements loaded ${loaded.reused ? 'earlier' : 'now'} (${loaded.loadedAt}, ${loaded.seconds} s)`,
        );
      }),
    );
    log(`${label}: ${warmUp} warm-up rounds and ${runs} runs per operation, per tree …`);
    const rows = [];
    for (const [name, query] of Object.entries(OPERATIONS))
      rows.push(resultRow(await measure(apis, name, query)));
    return rows.map((row) => ({ statements: label, ...row }));
  } finally {
    await Promise.all(Object.values(apis).map((api) => api.stop()));
  }
}

const only = option('--operations')?.split(',');
if (only) {
  for (const name of Object.keys(OPERATIONS))
    if (!only.some((part) => name.includes(part))) delete OPERATIONS[name];
}
checkOperations();
const rows = [];
if (sharedStore) {
  const { withFreshNeo4j } = await import('./lib/fresh-neo4j.mjs');
  const neo4jDir = path.join(sharedStore, 'neo4j');
  rows.push(
    ...(await withFreshNeo4j((_db, server) => runSize(0, server.boltUri), {
      dataDir: neo4jDir,
      pageCache,
    })),
  );
} else {
  for (const count of sizes) rows.push(...(await runSize(count)));
}
console.log(
  `\n## bench:compare's operations, ${trees[0].label} (base) against ${trees[1].label} (main), interleaved\n`,
);
console.log(
  `${os.cpus().length} cores, ${new Date().toISOString()}; data: generator v${GENERATOR_VERSION} of ${trees[0].commit}; ` +
    `10 actors × ${BENCH_POSITIONS.length} positions, ${FROM} to ${TO}, MONTH; ${runs} runs per tree after ${warmUp} warm-up rounds, ` +
    `the actors rotating over ${ACTOR_GROUPS.length} groups; ms per request over HTTP (development mode, compiled). ` +
    'Per-run ratio: main/base of the two requests of the same run (same group, back to back).',
);
console.log(`\n${markdownTable(rows)}\n`);
