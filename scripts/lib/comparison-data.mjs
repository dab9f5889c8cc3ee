// The comparison benchmark's synthetic data (synthetic-comparison.mjs) loaded into a Neo4j kept
// under .data/bench-compare/<size>-g<generator version>/, shared by the benchmarks that read it
// (bench-compare.mjs, bench-explorer.mjs): loaded once, reused by later runs. An interrupted
// load resumes, as ingestion skips the statements already in the graph. Needs `npm run build`.
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

/** Loads `count` statements into `db` unless a finished load is recorded; returns the record. */
export async function ensureComparisonData(db, count, log = (...parts) => console.error(...parts)) {
  const base = comparisonDataDir(count);
  const label = sizeLabel(count);
  const marker = path.join(base, 'loaded.json');
  if (existsSync(marker)) {
    const loaded = JSON.parse(readFileSync(marker, 'utf8'));
    log(`${label}: reusing the data loaded on ${loaded.loadedAt} (${base})`);
    return { ...loaded, reused: true };
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
  const loaded = {
    generatorVersion: GENERATOR_VERSION,
    count,
    loadedAt: new Date().toISOString(),
    seconds: report.seconds,
    statementsNew: report.statementsNew,
    statementsPerSecond: Math.round(report.statements / report.seconds),
    stats,
  };
  writeFileSync(marker, `${JSON.stringify(loaded, null, 2)}\n`);
  rmSync(input, { recursive: true, force: true });
  log(
    `${label}: loaded ${report.statements} statements (${report.statementsNew} new) in ${report.seconds} s, ${loaded.statementsPerSecond}/s`,
  );
  return { ...loaded, reused: false };
}
