#!/usr/bin/env node
// Bulk import (`diplograph import`) against online ingest. Prints figures; asserts nothing.
//
//   npm run bench:import                     100k synthetic statements, import and ingest
//   npm run bench:import -- --sizes 100000,1000000 --no-ingest
//   npm run bench:import -- --sizes 100000,1000000 --ingest-up-to 100000
//                                            ingest only the sizes up to 100000 (1M online
//                                            took 13 min on a quiet machine, hours under load)
//
// The bench:ingest data (scripts/lib/synthetic-statements.mjs). Each run is a child process on a
// fresh data directory of its own (embedded Neo4j, free ports), so its figures include starting
// Neo4j and applying migrations, as a user's first load does, and its peak RSS is its own:
// - import: bulkImport's stages (read + validate + plan with the CSV files, of which the CSV
//   part; neo4j-admin database import; start + schema + migrations) and the total;
// - ingest: `ingest --commit-every 10000` (the way a large feed is loaded online), its own
//   seconds (validate + plan + write) and the total with start and migrations.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticData } from './lib/synthetic-statements.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = (p) => path.join(root, 'dist', 'src', p);

if (process.argv[2] === '--child') {
  const [, , , mode, dir] = process.argv;
  const { loadConfig } = await import(dist('config/config.js'));
  const { createLogger } = await import(dist('config/logger.js'));
  const { expandInputs, ingest } = await import(dist('ingest/ingest.js'));
  const { bulkImport } = await import(dist('import/bulk-import.js'));
  (await import(dist('cli/heap.js'))).keepHeapNearLive();
  const config = loadConfig();
  const log = createLogger('warn');
  const started = performance.now();
  let report;
  if (mode === 'import') {
    report = await bulkImport(config, log, expandInputs([dir]));
  } else {
    const { acquireNeo4j } = await import(dist('neo4j/neo4j-target.js'));
    const { Database } = await import(dist('neo4j/database.js'));
    const { migrate } = await import(dist('migrations/migrator.js'));
    const target = await acquireNeo4j(config, log);
    const db = new Database(target.connection);
    await db.waitUntilAvailable(config.localNeo4j.startTimeoutMs);
    await migrate(db, log);
    report = await ingest(db, expandInputs([dir]), { commitEvery: 10_000 });
    await db.close();
    await target.release();
  }
  const total = (performance.now() - started) / 1000;
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ report, total, rssMiB })}\n`);
  process.exit(0);
}

const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '100000').split(',').map(Number);
const ingestUpTo = process.argv.includes('--no-ingest')
  ? 0
  : Number(arg('--ingest-up-to') ?? Infinity);

function run(mode, dir) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `bench-${mode}-`));
  const env = {
    ...process.env,
    DIPLOGRAPH_NEO4J_DATA_DIR: dataDir,
    DIPLOGRAPH_NEO4J_BOLT_PORT: '0',
    DIPLOGRAPH_NEO4J_HTTP_PORT: '0',
    DIPLOGRAPH_NEO4J_START_TIMEOUT: '900',
  };
  delete env.NEO4J_URI;
  const child = spawnSync(process.execPath, [import.meta.filename, '--child', mode, dir], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  rmSync(dataDir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`${mode} failed:\n${child.stderr.slice(-3000)}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

const rate = (n, s) => `${Math.round(n / s).toLocaleString('en')}/s`;
console.log(
  `load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const size of sizes) {
  const dir = await writeSyntheticData(size);
  const imported = run('import', dir);
  const s = imported.report.stages;
  console.log(
    `import ${size}: total ${imported.total.toFixed(1)} s (${rate(size, imported.total)}); ` +
      `validate+plan+CSV ${s.prepare} s (${rate(size, s.prepare)}; CSV ${s.csv} s), ` +
      `importer ${s.importer} s (${rate(size, s.importer)}), start+schema+migrations ${s.finish} s; ` +
      `peak RSS ${imported.rssMiB.toFixed(0)} MiB`,
  );
  if (size <= ingestUpTo) {
    const ingested = run('ingest', dir);
    console.log(
      `ingest ${size} (--commit-every 10000): total ${ingested.total.toFixed(1)} s (${rate(size, ingested.total)}); ` +
        `ingest itself ${ingested.report.seconds} s (${rate(size, ingested.report.seconds)}); ` +
        `peak RSS ${ingested.rssMiB.toFixed(0)} MiB`,
    );
  } else {
    console.log(`ingest ${size}: skipped (--no-ingest or --ingest-up-to)`);
  }
  console.log(
    `load average now: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
