// The comparison benchmark's synthetic data (synthetic-comparison.mjs) loaded into a Neo4j kept
// under .data/bench-compare/<size>-g<generator version>/, shared by the benchmarks that read it
// (bench-compare.mjs, bench-explorer.mjs, bench-load.mjs): loaded once, reused by later runs.
// Two ways to load, chosen with `--load` (loadModeFrom):
// - import (the default): `diplograph import` (the built CLI, Neo4j's offline importer) into a
//   fresh data directory, before the benchmark starts its Neo4j (prepareComparisonData). A first
//   load of 1M statements through online ingest took 13 min on a quiet machine, hours under load.
// - ingest: online ingest into the running Neo4j (ensureComparisonData), kept for comparison;
//   an interrupted load resumes, as ingestion skips the statements already in the graph.
// Both record the load in loaded.json; a later run reuses whatever is recorded. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATOR_VERSION, writeComparisonData } from './synthetic-comparison.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const dist = (p) => path.join(root, 'dist', 'src', p);

/** '10k' → 10000, '1M' → 1000000, '2500' → 2500. */
export function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`--sizes: not a size: ${text}`);
  const factor = { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()];
  return Math.round(Number(match[1]) * factor);
}

export const sizeLabel = (n) =>
  n % 1e6 === 0 ? `${n / 1e6}M` : n % 1e3 === 0 ? `${n / 1e3}k` : String(n);

/** Where a size's data set lives: its Neo4j store in `neo4j/`, the record in `loaded.json`. */
export function comparisonDataDir(count) {
  return path.join(root, '.data', 'bench-compare', `${sizeLabel(count)}-g${GENERATOR_VERSION}`);
}

/** `--load import|ingest` from a benchmark's arguments; import unless told otherwise. */
export function loadModeFrom(argv) {
  const at = argv.indexOf('--load');
  const mode = at >= 0 ? argv[at + 1] : 'import';
  if (mode !== 'import' && mode !== 'ingest')
    throw new Error(`--load: import or ingest, not ${mode}`);
  return mode;
}

/** Node's heap for `diplograph import` of a data set (MiB); see importInto. */
const IMPORT_HEAP_MIB = 12 * 1024;

const markerOf = (count) => path.join(comparisonDataDir(count), 'loaded.json');

function readLoaded(count) {
  const marker = markerOf(count);
  return existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : undefined;
}

/**
 * Before the benchmark starts its Neo4j: with `mode` import and nothing loaded yet, imports the
 * size's data into a fresh `neo4j/` (an unfinished load there is thrown away: the importer needs
 * an empty store). Ingest mode does nothing here; ensureComparisonData loads it online.
 */
export async function prepareComparisonData(
  count,
  mode,
  log = (...parts) => console.error(...parts),
) {
  if (mode !== 'import' || readLoaded(count)) return;
  const base = comparisonDataDir(count);
  const label = sizeLabel(count);
  const input = path.join(base, 'input');
  const store = path.join(base, 'neo4j');
  rmSync(input, { recursive: true, force: true });
  rmSync(store, { recursive: true, force: true });
  log(`${label}: generating ${count} statements …`);
  const stats = await writeComparisonData(count, input);
  importInto(count, input, store, stats, log);
}

function importInto(count, input, store, stats, log) {
  const label = sizeLabel(count);
  log(`${label}: importing with \`diplograph import\` (validation first, then Neo4j's importer) …`);
  const env = {
    ...process.env,
    DIPLOGRAPH_NEO4J_DATA_DIR: store,
    DIPLOGRAPH_NEO4J_BOLT_PORT: '0',
    DIPLOGRAPH_NEO4J_HTTP_PORT: '0',
    DIPLOGRAPH_NEO4J_AUTH: 'none',
    DIPLOGRAPH_NEO4J_START_TIMEOUT: '900',
  };
  delete env.NEO4J_URI;
  // `diplograph import` of 1M comparison statements ran out of Node's default 4 GiB heap after
  // writing every statement's rows (2026-12-07; docs/benchmarks.md, "Bulk import at 1M"): its
  // state grows with the data (src/import/import-state.ts keeps every month summary, quote
  // digest and node key to the end). A larger heap lets the benchmark load; bounding the
  // import's memory is for src/import.
  const heap = `--max-old-space-size=${IMPORT_HEAP_MIB}`;
  const child = spawnSync(
    process.execPath,
    [heap, dist('cli/main.js'), 'import', '--json', input],
    {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 26,
    },
  );
  if (child.status !== 0) {
    const how = child.signal ? `signal ${child.signal}` : `exit ${child.status}`;
    throw new Error(
      `${label}: diplograph import failed (${how}; its errors above): ${child.stdout}`,
    );
  }
  const report = JSON.parse(child.stdout);
  const loaded = recordLoad(count, 'import', report, stats, input);
  log(
    `${label}: imported ${report.statements} statements (${report.statementsNew} new) in ${report.seconds} s, ` +
      `${loaded.statementsPerSecond}/s (stages: ${JSON.stringify(report.stages)})`,
  );
}

/** With the benchmark's Neo4j running: the recorded load, or an online ingest of `count` statements. */
export async function ensureComparisonData(db, count, log = (...parts) => console.error(...parts)) {
  const base = comparisonDataDir(count);
  const label = sizeLabel(count);
  const recorded = readLoaded(count);
  if (recorded) {
    log(
      `${label}: reusing the data loaded (${recorded.load ?? 'ingest'}) on ${recorded.loadedAt} (${base})`,
    );
    return { ...recorded, reused: true };
  }
  const { ingest, expandInputs } = await import(dist('ingest/ingest.js'));
  const input = path.join(base, 'input');
  rmSync(input, { recursive: true, force: true });
  log(`${label}: generating ${count} statements …`);
  const stats = await writeComparisonData(count, input);
  log(`${label}: ingesting (validation pass first, then commits of 10,000) …`);
  const started = performance.now();
  let shown = 0;
  const report = await ingest(db, expandInputs([input]), {
    commitEvery: 10_000,
    onProgress: (written, total) => {
      if (written - shown < Math.max(10_000, total / 20) && written < total) return;
      shown = written;
      const seconds = (performance.now() - started) / 1000;
      log(`  ${written}/${total} written, ${seconds.toFixed(0)} s since the start`);
    },
  });
  const loaded = recordLoad(count, 'ingest', report, stats, input);
  log(
    `${label}: loaded ${report.statements} statements (${report.statementsNew} new) in ${report.seconds} s, ${loaded.statementsPerSecond}/s`,
  );
  return { ...loaded, reused: false };
}

/** Records a finished load (`import` or `ingest`, with its report) and removes its input files. */
function recordLoad(count, load, report, stats, input) {
  const loaded = {
    generatorVersion: GENERATOR_VERSION,
    count,
    load,
    loadedAt: new Date().toISOString(),
    seconds: report.seconds,
    ...(report.stages ? { stages: report.stages } : {}),
    statementsNew: report.statementsNew,
    statementsPerSecond: Math.round(report.statements / report.seconds),
    stats,
  };
  writeFileSync(markerOf(count), `${JSON.stringify(loaded, null, 2)}\n`);
  rmSync(input, { recursive: true, force: true });
  return loaded;
}
