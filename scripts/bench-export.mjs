#!/usr/bin/env node
// Export time and memory for each format. Prints figures; asserts nothing.
//
//   npm run bench:export                 10k and 100k synthetic statements
//   npm run bench:export -- --quick      1k and 10k (a smoke run)
//   npm run bench:export -- --large      100k and 1M (the 1M load takes long)
//   npm run bench:export -- --comparison --sizes 100k,1M
//                                        the comparison benchmark's data sets instead, loaded
//                                        once with `diplograph import` and kept under
//                                        .data/bench-compare/ (scripts/lib/comparison-data.mjs)
//   options: --formats json,graphml,gexf,csv (default all), --help
//
// The synthetic statements of bench:ingest (scripts/lib/synthetic-statements.mjs: 2 quotes and 3
// stances each, so n statements make about 3n nodes and 7n relationships) are ingested into a
// fresh ephemeral Neo4j; then each format is exported by a child process of its own, so that its
// peak RSS (VmHWM) is the export's alone: json (the ingestion format), graphml, gexf, csv.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { comparisonDataDir, parseSize, prepareComparisonData } from './lib/comparison-data.mjs';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import { writeSyntheticData } from './lib/synthetic-statements.mjs';
import { exitWithHelp } from './lib/script-help.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = (p) => path.join(root, 'dist', 'src', p);
const FORMATS = ['json', 'graphml', 'gexf', 'csv'];

function peakRssMiB() {
  const line = readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Math.round(Number(line.split(/\s+/)[1]) / 1024);
}

// --- child: one export, as `diplograph export` runs it ---------------------------------------
if (process.argv[2] === '--child') {
  const [, , , format, uri, out] = process.argv;
  const { Database } = await import(dist('neo4j/database.js'));
  const { WHOLE_GRAPH } = await import(dist('export/slice.js'));
  const db = new Database({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  const started = performance.now();
  let written = '';
  if (format === 'csv') {
    const { exportCsvTables } = await import(dist('export/csv-tables.js'));
    const rows = await exportCsvTables(db, WHOLE_GRAPH, out);
    written = Object.entries(rows)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ');
  } else {
    const { createWriteStream } = await import('node:fs');
    const { finished } = await import('node:stream/promises');
    const stream = createWriteStream(out);
    if (format === 'json') {
      const { exportGraph } = await import(dist('export/export.js'));
      await exportGraph(db, 'json', stream);
    } else {
      const { exportGraphXml } = await import(dist('export/graph-export.js'));
      const counts = await exportGraphXml(db, format, WHOLE_GRAPH, stream);
      written = `${counts.nodes} nodes, ${counts.relationships + counts.actorStances} edges`;
    }
    stream.end();
    await finished(stream);
  }
  const seconds = (performance.now() - started) / 1000;
  await db.close();
  process.stdout.write(JSON.stringify({ seconds, peakRssMiB: peakRssMiB(), written }));
  process.exit(0);
}

const sizeOf = (target) => {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + statSync(path.join(target, name)).size, 0);
};

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
if (process.argv.includes('--help')) {
  exitWithHelp(import.meta.url);
}
const formats = option('--formats')?.split(',') ?? FORMATS;
const unknown = formats.filter((format) => !FORMATS.includes(format));
if (unknown.length)
  throw new Error(`--formats: ${unknown.join(', ')} (one of ${FORMATS.join(', ')})`);
const comparison = process.argv.includes('--comparison');
const sizes = option('--sizes')
  ? option('--sizes').split(',').map(parseSize)
  : process.argv.includes('--quick')
    ? [1_000, 10_000]
    : process.argv.includes('--large')
      ? [100_000, 1_000_000]
      : [10_000, 100_000];

/** Each format exported from the database at `boltUri` by a child process; one line each. */
function exportEach(count, boltUri) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-export-'));
  for (const format of formats) {
    const out = path.join(outDir, format === 'csv' ? 'tables' : `graph.${format}`);
    const child = spawnSync(
      process.execPath,
      [import.meta.filename, '--child', format, boltUri, out],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0) throw new Error(`export ${format} failed:\n${child.stderr}`);
    const { seconds, peakRssMiB, written } = JSON.parse(child.stdout);
    console.log(
      [
        String(count).padStart(10),
        format.padEnd(8),
        seconds.toFixed(1).padStart(8),
        String(peakRssMiB).padStart(13),
        (sizeOf(out) / 2 ** 20).toFixed(0).padStart(11),
        ` ${written}`,
      ].join(' '),
    );
    rmSync(out, { recursive: true, force: true });
  }
  rmSync(outDir, { recursive: true, force: true });
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
console.log(`load average at start: ${loadAverage()}`);
console.log('statements  format   seconds  peak RSS MiB  output MiB  written');
for (const count of sizes) {
  if (comparison) {
    await prepareComparisonData(count, 'import');
    await withFreshNeo4j((db, server) => exportEach(count, server.boltUri), {
      dataDir: path.join(comparisonDataDir(count), 'neo4j'),
    });
    continue;
  }
  const data = await writeSyntheticData(count);
  await withFreshNeo4j(async (db, server) => {
    const { ingest, expandInputs } = await import(dist('ingest/ingest.js'));
    await ingest(db, expandInputs([data]), { commitEvery: 10_000 });
    exportEach(count, server.boltUri);
  });
  rmSync(data, { recursive: true, force: true });
}
console.log(`load average at the end: ${loadAverage()}`);
