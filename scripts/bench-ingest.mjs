#!/usr/bin/env node
// Ingestion throughput and memory. Prints figures; asserts nothing.
//
//   npm run bench:ingest                 10k and 100k synthetic statements
//   npm run bench:ingest -- --quick      1k and 10k (a smoke run)
//   npm run bench:ingest -- --only raw   just the runs whose label matches "raw" (a regular expression;
//                                        sizes read 10k, 100k: `--only 100k`)
//   npm run bench:ingest -- --repeat 3   each run three times, in turn; the medians
//
// Deterministic synthetic statements (3 stances, 2 quotes each) go through the whole pipeline
// (parse, validate against the graph, write) at several batch sizes; against one transaction
// per statement; and against the same rows written by one raw UNWIND query without the
// pipeline. Each run is a child process on a fresh ephemeral Neo4j that another process has
// warmed up with 100,000 statements (50,000 written each way), then 3,000 of its own (again
// both ways), so its time is a long-running server's and its peak RSS is its own. Both ways,
// whichever is measured: a server warmed by one way only would compile the other's code during
// the run. The server's CPU during the run is reported too, and how much of it went to the
// JVM's JIT compilers (docs/benchmarks.md).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import { writeSyntheticData } from './lib/synthetic-statements.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = (p) => path.join(root, 'dist', 'src', p);
const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
const repeatAt = process.argv.indexOf('--repeat');
const repeat = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 1;
const [small, large] = quick ? [1_000, 10_000] : [10_000, 100_000];
/** 100000 as 100k in the labels, so that `--only 100k` finds the runs the docs call so. */
const k = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

// --- child: the server's warm-up, in a process of its own so that its memory is not the run's --
// A new JVM keeps its one C2 compiler thread busy through its first 100,000 statements or so
// (Java Flight Recorder: after 30,000, a 100k run still compiled 4,300 methods in 40 s of C2),
// which on 2 cores is taken from the writes; a long-running server has done it long ago.
if (process.argv[2] === '--warm-server') {
  const [, , , uri, dir] = process.argv;
  const { Database } = await import(dist('neo4j/database.js'));
  const { ingest, expandInputs } = await import(dist('ingest/ingest.js'));
  const db = new Database({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  await ingest(db, expandInputs([dir]), { commitEvery: 10_000 });
  await writeRaw(db, dir, 'warm-up', 1000, 10_000);
  await db.close();
  process.exit(0);
}

// --- child: one measured run -----------------------------------------------------------------
if (process.argv[2] === '--child') {
  const [, , , mode, uri, dir, batch, commitEvery, warmDir, serverPid] = process.argv;
  const { Database } = await import(dist('neo4j/database.js'));
  const { ingest, expandInputs } = await import(dist('ingest/ingest.js'));
  // As `diplograph ingest` runs it.
  (await import(dist('cli/heap.js'))).keepHeapNearLive();
  const db = new Database({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  const every = Number(commitEvery) > 0 ? { commitEvery: Number(commitEvery) } : {};
  // This process warms up too (its own JIT), on a few statements, as in earlier runs.
  await ingest(db, expandInputs([warmDir]), { batchSize: Number(batch) });
  await writeRaw(db, warmDir, 'warm-up', Number(batch), 0);
  const serverBefore = serverCpu(serverPid);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  let statements;
  if (mode === 'raw') {
    statements = await writeRaw(db, dir, 'bench', Number(batch), Number(commitEvery));
  } else {
    const result = await ingest(db, expandInputs([dir]), { batchSize: Number(batch), ...every });
    statements = result.statements;
  }
  const seconds = (performance.now() - started) / 1000;
  const serverAfter = serverCpu(serverPid);
  const client = process.cpuUsage(clientBefore);
  report({
    clientCpuS: (client.user + client.system) / 1e6,
    statements,
    seconds,
    serverCpuS: (serverAfter.all - serverBefore.all) / 1000,
    serverJitS: (serverAfter.jit - serverBefore.jit) / 1000,
  });
  await db.close();
  process.exit(0);
}

/** CPU ms of the server process so far, and of its JIT compiler threads (Linux /proc). */
function serverCpu(pid) {
  const ms = (stat) => {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 10 ms ticks
  };
  let jit = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8');
      if (/^C[12] CompilerThre/.test(name))
        jit += ms(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return { all: ms(readFileSync(`/proc/${pid}/stat`, 'utf8')), jit };
}

function report(figures) {
  const status = readFileSync('/proc/self/status', 'utf8');
  const peakMiB = Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024);
  process.stdout.write(`${JSON.stringify({ ...figures, peakRssMiB: peakMiB })}\n`);
}

/**
 * The same statements, quotes and stances as the pipeline writes, by one hand-written query per
 * batch, without parsing checks, validation or lookups: the definitions go through the pipeline
 * first, then rows are built straight from the NDJSON lines (whole file in memory).
 */
async function writeRaw(db, dir, prefix, batch, commitEvery) {
  const { ingest } = await import(dist('ingest/ingest.js'));
  const { quoteId } = await import(dist('model/ids.js'));
  if (prefix !== 'warm-up')
    await ingest(db, [{ file: path.join(dir, 'definitions.json') }], { batchSize: batch });
  const rows = readFileSync(path.join(dir, 'statements.ndjson'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => {
      const s = JSON.parse(line);
      const quotes = s.quotes.map((q) => ({ ...q, id: quoteId(q.text) }));
      const quoteOf = new Map(quotes.map((q) => [q.ref, q.id]));
      return {
        id: `${s.id}-raw-${prefix}`,
        date: s.date,
        kind: s.kind,
        onBehalfOf: s.onBehalfOf,
        topics: s.topics ?? [],
        quotes,
        stances: s.stances.map((st) => ({ ...st, quoteId: quoteOf.get(st.quote) })),
      };
    });
  const query = `
    UNWIND $rows AS row
    CREATE (s:Statement {id: row.id, date: date(row.date), datePrecision: 'DAY', kind: row.kind,
                         recordedAt: datetime()})
    WITH s, row
    CALL (s, row) { UNWIND row.onBehalfOf AS a MATCH (actor:Actor {id: a}) CREATE (s)-[:ON_BEHALF_OF]->(actor) }
    CALL (s, row) { UNWIND row.topics AS t MATCH (topic:Topic {id: t}) CREATE (s)-[:CONCERNS]->(topic) }
    CALL (s, row) { UNWIND row.quotes AS q MERGE (quote:Quote {id: q.id}) ON CREATE SET quote.text = q.text
                    CREATE (s)-[:QUOTES {ref: q.ref}]->(quote) }
    CALL (s, row) { UNWIND row.stances AS st MATCH (p:Position {id: st.position})
                    CREATE (s)-[:TAKES_STANCE {quoteId: st.quoteId, act: st.act, stance: st.stance, modality: 'ASSERTED'}]->(p) }`;
  const part = commitEvery > 0 ? commitEvery : rows.length;
  const session = db.driver.session();
  for (let from = 0; from < rows.length; from += part) {
    await session.executeWrite(async (tx) => {
      for (let i = from; i < Math.min(from + part, rows.length); i += batch)
        await tx.run(query, { rows: rows.slice(i, Math.min(i + batch, from + part)) });
    });
  }
  await session.close();
  return rows.length;
}

// --- parent: data, servers, table ------------------------------------------------------------

function runChild(label, uri, pid, dir, mode, batch, commitEvery = 0) {
  const result = spawnSync(
    process.execPath,
    [
      import.meta.filename,
      '--child',
      mode,
      uri,
      dir,
      String(batch),
      String(commitEvery),
      data.warm,
      String(pid),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stderr}`);
  const figures = JSON.parse(result.stdout.trim().split('\n').at(-1));
  const row = {
    run: label,
    statements: figures.statements,
    seconds: figures.seconds.toFixed(2),
    'statements/s': Math.round(figures.statements / figures.seconds),
    peakRssMiB: figures.peakRssMiB,
    'server CPU s': figures.serverCpuS.toFixed(1),
    // This process's CPU (validation, planning, the driver): the part of a run load stretches least.
    'client CPU s': figures.clientCpuS.toFixed(1),
    'of it JIT s': figures.serverJitS.toFixed(1),
  };
  console.error(JSON.stringify(row));
  return { row, figures };
}

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const rows = [];
const data = {
  [small]: await writeSyntheticData(small),
  [large]: await writeSyntheticData(large),
  1000: await writeSyntheticData(1000),
  warm: await writeSyntheticData(3000, 'warm-up'),
  warmServer: await writeSyntheticData(50_000, 'warm-server'),
};
const fresh = async (label, n, mode, batch, commitEvery) => {
  if (only && !new RegExp(only).test(label)) return;
  await withFreshNeo4j(async (_db, server) => {
    const uri = server.boltUri;
    execFileSync(process.execPath, [import.meta.filename, '--warm-server', uri, data.warmServer], {
      stdio: 'inherit',
    });
    try {
      rows.push(runChild(label, uri, server.ready.pid, data[n], mode, batch, commitEvery));
    } catch (error) {
      // A run that fails (e.g. a transaction too large for the heap) is a figure too.
      // Node prints the throwing source line first; the reason is the `SomeError: …` line.
      const reason =
        String(error.message)
          .split('\n')
          .map((l) => l.trim())
          .find((l) => /^\w*Error\b/.test(l)) ?? 'failed';
      rows.push({
        row: { run: label, statements: n, seconds: 'failed', 'statements/s': reason.slice(0, 80) },
        figures: {},
      });
    }
  });
};

const runs = [
  ...[100, 1000, 10000].map((batch) => [
    `pipeline ${k(small)}, batch ${batch}`,
    small,
    'pipeline',
    batch,
  ]),
  [`pipeline ${k(large)}, batch 1000, commit every 10000`, large, 'pipeline', 1000, 10000],
  [`pipeline ${k(large)}, batch 1000, commit every 1000`, large, 'pipeline', 1000, 1000],
  [`pipeline ${k(large)}, batch 1000, one transaction`, large, 'pipeline', 1000],
  ['pipeline 1000, one transaction per statement', 1000, 'pipeline', 1000, 1],
  ['pipeline 1000, one transaction', 1000, 'pipeline', 1000],
  [`raw UNWIND ${k(small)}, batch 1000, one transaction`, small, 'raw', 1000],
  [`raw UNWIND ${k(large)}, batch 1000, commit every 10000`, large, 'raw', 1000, 10000],
];
// --repeat N: the runs in turn, N rounds, so that a slow spell of the machine falls on all of
// them alike; the table shows each run's median.
for (let round = 0; round < repeat; round++) for (const run of runs) await fresh(...run);

for (const dir of Object.values(data)) rmSync(dir, { recursive: true, force: true });
console.log(`\ningestion, ${os.cpus().length} cores; raw: the same rows by one hand-written query`);
const medians = runs.flatMap(([label]) => {
  const all = rows.filter((r) => r.row.run === label);
  if (!all.length) return [];
  const sorted = [...all].sort(
    (a, b) => (a.figures.seconds ?? Infinity) - (b.figures.seconds ?? Infinity),
  );
  const median = sorted[(sorted.length - 1) >> 1];
  return repeat > 1
    ? [{ ...median.row, 'all seconds': all.map((r) => r.row.seconds).join(' ') }]
    : [median.row];
});
console.table(medians);
