#!/usr/bin/env node
// The explorer's stance timeline in a browser: from navigation to a drawn chart for 10 actors ×
// 20 positions × 60 months (12,000 cells). Prints figures; asserts nothing.
//
//   npm run bench:explorer                      100k and 1M synthetic statements
//   npm run bench:explorer -- --sizes 100k      other sizes (10k, 100k, 1M …)
//   options: --runs N (navigations per size, the first cold; default 20), --no-build (use
//            dist/ as it is), --load import|ingest (how a size not loaded yet is loaded;
//            default import, scripts/lib/comparison-data.mjs), --help
//
// Data: the comparison benchmark's (scripts/lib/synthetic-comparison.mjs), loaded once per size
// into .data/bench-compare/<size>-g<generator version>/ and shared with `npm run bench:compare`
// (scripts/lib/comparison-data.mjs). The 10 actors are the busiest group (ACTOR_GROUPS[0], the
// slowest for the API), the positions the 20 of BENCH_TOPIC, 2020-01 to 2024-12 by MONTH.
//
// The API runs in this process (scripts/lib/bench-api-server.mjs, development mode) and Debian's
// Chromium headless through puppeteer-core, found on PATH as the tests find it. Each run opens a
// new tab at /explorer/timeline?… with that state and waits for <html data-drawn="timeline">,
// which the page sets once ECharts reports every cell drawn and the table is built. The first
// run is cold (a new browser, the API's first request of that shape); the others are warm (the
// bundle in the browser's cache). Read from the page's own timing (performance marks set by
// src/explorer/web/timeline-view.ts, and resource timing of the bundle and /graphql):
//   total       navigation start → drawn
//   to query    navigation start → the matrix's request sent: the HTML and the bundle (the
//               pickers' choices, every actor and topic, are asked for at the same time)
//   request     the matrix's POST /graphql, sent → last byte (of it: server, to the first byte)
//   parse       last byte → the answer parsed and shaped for the chart
//   chart       ECharts, setOption → its `finished` event
//   table       the grid as a table (the keyboard's way to every cell)
import { accessSync, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
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
import { ACTOR_GROUPS, BENCH_POSITIONS, BENCH_TOPIC } from './lib/synthetic-comparison.mjs';
import { exitWithHelp } from './lib/script-help.mjs';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const loadMode = loadModeFrom(argv);
const option = (name) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
if (argv.includes('--help')) {
  exitWithHelp(import.meta.url);
}
const sizes = (option('--sizes') ?? '100k,1M').split(',').map(parseSize);
const runs = Number(option('--runs') ?? 20);
const log = (...parts) => console.error(...parts);

/** The first Chromium on PATH, as tests/support/chromium.ts looks for it. */
function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return path.join(dir, name);
      } catch {
        // Not in this directory.
      }
    }
  }
  throw new Error('no Chromium on PATH: apt-get install chromium');
}

const TIMELINE =
  '/explorer/timeline?' +
  new URLSearchParams({
    actors: ACTOR_GROUPS[0].join(','),
    topic: BENCH_TOPIC,
    positions: BENCH_POSITIONS.join(','),
    from: '2020-01',
    to: '2024-12',
    interval: 'MONTH',
  }).toString();

/** In the page, once drawn: its marks and resource timings, in ms from navigation start. */
function readTiming() {
  /* global document */
  const mark = (name) => performance.getEntriesByName(`diplograph:timeline:${name}`)[0].startTime;
  const query = mark('query');
  const resources = performance.getEntriesByType('resource');
  // The matrix: the biggest answer of those asked for from its mark on (the pickers' choices
  // may be asked for at the same time).
  const matrix = resources
    .filter((r) => r.name.endsWith('/graphql') && r.startTime >= query)
    .sort((a, b) => b.encodedBodySize - a.encodedBodySize)[0];
  const bundle = resources.find((r) => r.name.endsWith('/explorer.js'));
  return {
    total: mark('drawn'),
    toQuery: query,
    bundle: bundle.responseEnd - bundle.startTime,
    request: matrix.responseEnd - matrix.startTime,
    server: matrix.responseStart - matrix.requestStart,
    bytes: matrix.encodedBodySize,
    parse: mark('answered') - matrix.responseEnd,
    chart: mark('charted') - mark('answered'),
    table: mark('drawn') - mark('charted'),
    cells: document.querySelectorAll('#table button.cell').length,
    rows: document.querySelectorAll('#table tbody tr').length,
  };
}

async function measure(base) {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
    defaultViewport: { width: 1300, height: 900 },
    // On a loaded machine a cold page can keep its thread busy longer than the 180 s default.
    protocolTimeout: 1_200_000,
  });
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${base}${TIMELINE}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('html[data-drawn="timeline"], #chart .error', {
        timeout: 600_000,
      });
      const failed = await page.$eval('#chart', (e) => e.querySelector('.error')?.textContent);
      if (failed || errors.length > 0) throw new Error(`the page failed: ${failed ?? errors}`);
      samples.push(await page.evaluate(readTiming));
      log(`  run ${i + 1}/${runs}: ${samples.at(-1).total.toFixed(0)} ms`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (x) => x.toFixed(0);
const COLUMNS = ['total', 'toQuery', 'bundle', 'request', 'server', 'parse', 'chart', 'table'];

if (!argv.includes('--no-build'))
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const rows = [];
for (const count of sizes) {
  const label = sizeLabel(count);
  await prepareComparisonData(count, loadMode, log);
  await withFreshNeo4j(
    async (db) => {
      const loaded = await ensureComparisonData(db, count, log);
      const api = await startBenchApi(db);
      try {
        log(`${label}: ${runs} navigations …`);
        const samples = await measure(new URL(api.url).origin);
        const [cold, ...warm] = samples;
        const row = (name, values) => ({
          statements: label,
          runs: name,
          ...Object.fromEntries(COLUMNS.map((c) => [c, values(c)])),
          'MB answer': (cold.bytes / 1e6).toFixed(1),
          'cells drawn': `${cold.cells} in ${cold.rows} rows`,
        });
        rows.push(row('cold (1st)', (c) => ms(cold[c])));
        for (const p of [50, 95]) {
          rows.push(
            row(`warm p${p} (${warm.length})`, (c) =>
              ms(
                percentile(
                  warm.map((s) => s[c]),
                  p,
                ),
              ),
            ),
          );
        }
        rows.push({ statements: label, runs: `loaded ${loaded.loadedAt}` });
      } finally {
        await api.stop();
      }
    },
    { dataDir: path.join(comparisonDataDir(count), 'neo4j') },
  );
}

const keys = ['statements', 'runs', ...COLUMNS, 'MB answer', 'cells drawn'];
const table = [keys, ...rows.map((r) => keys.map((k) => String(r[k] ?? '')))];
const widths = keys.map((_, i) => Math.max(3, ...table.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\n## Explorer timeline, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);
console.log(
  `10 actors (${ACTOR_GROUPS[0].join(' ')}) × the 20 positions of ${BENCH_TOPIC} × 60 months; ms\n`,
);
console.log(
  [
    line(table[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...table.slice(1).map(line),
  ].join('\n'),
);
