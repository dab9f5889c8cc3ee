#!/usr/bin/env node
// Concurrent readers: C connections for D seconds against the API on loopback, over the
// comparison benchmark's data. Prints figures; asserts nothing.
//
//   npm run bench:load                       100k statements, 50 connections, 60 s
//   npm run bench:load -- --quick            10k, 10 connections, 10 s (a smoke run)
//   options: --sizes 100k,1M, --connections N, --duration S, --warmup S (default 5),
//            --timeout S (a request unanswered after S seconds is an error; default 60),
//            --page-cache SIZE (default 512m), --mix statements:20,matrix:10,agreement:10,search:10
//            (connections per operation; scaled to --connections),
//            --cpu-prof FILE (V8's CPU profile of the API process during the measured run, after
//            the warm-up, written to FILE and summarised: self time per package and function),
//            --load import|ingest (how a size not loaded yet is loaded; default import), --help
//
// Data: the comparison benchmark's (scripts/lib/comparison-data.mjs), loaded once per size under
// .data/bench-compare/ and shared with `npm run bench:compare` (a size either loaded is reused).
// The API runs in a process of its own (scripts/lib/bench-api-process.mjs) in production mode,
// reads open (no key) and with its per-request limits on; the API has no rate limit to lift. Load
// comes from autocannon 8 in this process: one autocannon instance per operation, all at once,
// so each operation's latency is its own while the 50 connections share the server. Every
// response is checked: an HTTP error, a timeout or a GraphQL `errors` member counts as an error.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startBenchApiProcess } from './lib/bench-api-process.mjs';
import { summariseProfile } from './lib/cpu-profile-summary.mjs';
import {
  comparisonDataDir,
  ensureComparisonData,
  loadModeFrom,
  prepareComparisonData,
  parseSize,
  sizeLabel,
} from './lib/comparison-data.mjs';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import { LOAD_OPERATIONS } from './lib/load-operations.mjs';
import { exitWithHelp } from './lib/script-help.mjs';

const root = path.resolve(import.meta.dirname, '..');
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
const sizes = (option('--sizes') ?? (quick ? '10k' : '100k')).split(',').map(parseSize);
const connections = Number(option('--connections') ?? (quick ? 10 : 50));
const duration = Number(option('--duration') ?? (quick ? 10 : 60));
const warmUp = Number(option('--warmup') ?? 5);
const pageCache = option('--page-cache') ?? '512m';
const timeout = Number(option('--timeout') ?? 60);
const profileFile = option('--cpu-prof') && path.resolve(option('--cpu-prof'));
const mix = Object.fromEntries(
  (option('--mix') ?? 'statements:20,matrix:10,agreement:10,search:10')
    .split(',')
    .map((part) => part.split(':'))
    .map(([name, share]) => [name, Number(share)]),
);
for (const name of Object.keys(mix)) {
  if (!LOAD_OPERATIONS[name]) throw new Error(`--mix: no operation ${name}`);
}
const log = (...parts) => console.error(...parts);

/** Connections per operation: the mix scaled to the total, each at least one. */
function share(total) {
  const sum = Object.values(mix).reduce((a, b) => a + b, 0);
  const out = Object.fromEntries(
    Object.entries(mix).map(([n, s]) => [n, Math.max(1, Math.floor((s * total) / sum))]),
  );
  const first = Object.keys(out)[0];
  out[first] += total - Object.values(out).reduce((a, b) => a + b, 0);
  return out;
}

/** One autocannon instance per operation, all started together; their results by name. */
async function fire(url, perOperation, seconds) {
  const runs = Object.entries(perOperation).map(async ([name, count]) => {
    const operation = LOAD_OPERATIONS[name];
    let graphqlErrors = 0;
    let at = 0;
    const result = await autocannon({
      url,
      title: name,
      connections: count,
      duration: seconds,
      timeout,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => ({ ...request, body: operation.body(at++) }),
          onResponse: (status, body) => {
            // Apollo answers 200 with an `errors` member for an error in a resolver.
            if (status === 200 && !body.startsWith('{"data"')) graphqlErrors++;
            else if (status === 200 && body.includes('"errors":[')) graphqlErrors++;
          },
        },
      ],
    });
    return [name, { result, graphqlErrors }];
  });
  return Object.fromEntries(await Promise.all(runs));
}

/** The profile's busiest functions and packages, on stderr (the tables stay on stdout). */
function printProfile(file) {
  const { busyMs, functions, packages } = summariseProfile(file);
  log(`\nCPU profile ${file}: ${busyMs} ms busy during the measured run`);
  log('\nself time by package:');
  for (const p of packages)
    log(`  ${String(p.ms).padStart(7)} ms ${p.percent.padStart(5)}%  ${p.name}`);
  log('\nself time by function:');
  for (const f of functions)
    log(`  ${String(f.ms).padStart(7)} ms ${f.percent.padStart(5)}%  ${f.name}`);
}

/** One request of each operation, in turn: the first answers, checked before any load. */
async function firstAnswers(url) {
  for (const name of Object.keys(mix)) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: LOAD_OPERATIONS[name].body(0),
    });
    const text = await response.text();
    const ms = (performance.now() - started).toFixed(0);
    // An empty list is no answer to time: the operation would measure a miss.
    const ok =
      response.ok &&
      text.startsWith('{"data"') &&
      !text.includes('"errors":[') &&
      !/:\[\]\}*$/.test(text);
    log(`  first ${name}: HTTP ${response.status}, ${text.length} bytes, ${ms} ms`);
    if (!ok) throw new Error(`${name} failed: ${text.slice(0, 500)}`);
  }
}

const rows = [];
execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
for (const count of sizes) {
  const base = comparisonDataDir(count);
  await prepareComparisonData(count, loadMode);
  await withFreshNeo4j(
    async (db, server) => {
      await ensureComparisonData(db, count);
      const api = await startBenchApiProcess(server.boltUri, { profile: profileFile });
      try {
        const perOperation = share(connections);
        log(`${sizeLabel(count)}: warm-up ${warmUp} s, then ${duration} s`, perOperation);
        await firstAnswers(api.url);
        if (warmUp > 0) await fire(api.url, perOperation, warmUp);
        if (profileFile) api.startProfile();
        const load = os.loadavg()[0];
        const results = await fire(api.url, perOperation, duration);
        const after = os.loadavg()[0];
        for (const [name, { result, graphqlErrors }] of Object.entries(results)) {
          rows.push({
            statements: sizeLabel(count),
            operation: LOAD_OPERATIONS[name].label,
            connections: perOperation[name],
            requests: result.requests.total,
            'req/s': result.requests.average.toFixed(1),
            'p50 ms': result.latency.p50,
            'p99 ms': result.latency.p99,
            'max ms': result.latency.max,
            errors: result.errors,
            'of them timeouts': result.timeouts,
            'non-2xx': result.non2xx,
            'GraphQL errors': graphqlErrors,
            'MB/s': (result.throughput.average / 1e6).toFixed(1),
          });
        }
        const total = Object.values(results).reduce((sum, r) => sum + r.result.requests.total, 0);
        rows.push({
          statements: sizeLabel(count),
          operation: `all (load average ${load.toFixed(1)} → ${after.toFixed(1)})`,
          connections,
          requests: total,
          'req/s': (total / duration).toFixed(1),
        });
      } finally {
        await api.stop();
      }
      if (profileFile) printProfile(profileFile);
    },
    { dataDir: path.join(base, 'neo4j'), pageCache },
  );
}

const keys = Object.keys(rows[0]);
console.log(
  `\n## Concurrent readers, ${os.cpus().length} cores: ${connections} connections, ${duration} s\n`,
);
console.log(`| ${keys.join(' | ')} |\n| ${keys.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${keys.map((k) => row[k] ?? '').join(' | ')} |`);
