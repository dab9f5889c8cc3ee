// One tree's API over its own Neo4j, in a process of its own (so two trees' heaps and event loops
// stay apart), for bench-compare-trees.mjs. Everything comes from the tree given, not from this
// checkout: its embedded launcher (scripts/lib/fresh-neo4j.mjs), its ingestion (dist) and its
// bench API (scripts/lib/bench-api-server.mjs). The store is kept in STORE_DIR/neo4j and loaded
// from INPUT_DIR once (`loaded.json` records the load; an interrupted load resumes, as ingestion
// skips the statements already in the graph). Prints `{"url": …, "loaded": …}` on one line when
// it listens; stops on SIGTERM. The tree must be built (`npm run build`).
//
//   node scripts/lib/tree-api-process.mjs TREE STORE_DIR INPUT_DIR [PAGE_CACHE]
//   node scripts/lib/tree-api-process.mjs TREE bolt://HOST:PORT   (a Neo4j already loaded)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Starts `tree`'s API over its store in a child process; returns the /graphql URL, the load
 * record and a stop function that waits for the process (and its Neo4j) to exit. `nodeOptions`
 * go to the child's node (e.g. --cpu-prof: the profile is written when it exits).
 */
export async function startTreeApi(
  tree,
  storeDir,
  inputDir,
  { pageCache = '512m', nodeOptions = [] } = {},
) {
  const args = [...nodeOptions, import.meta.filename, tree, storeDir, inputDir, pageCache];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout });
  const started = await new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`${tree}: the API process exited (${code})`)));
  });
  return {
    ...started,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const fromTree = (tree, file) => import(pathToFileURL(path.join(tree, file)).href);
const log = (...parts) => console.error(...parts);

/** Ingests the input folder with the tree's own pipeline unless a finished load is recorded. */
async function ensureLoaded(tree, db, storeDir, inputDir) {
  const marker = path.join(storeDir, 'loaded.json');
  if (existsSync(marker)) return { ...JSON.parse(readFileSync(marker, 'utf8')), reused: true };
  const { ingest, expandInputs } = await fromTree(tree, 'dist/src/ingest/ingest.js');
  log(`${tree}: ingesting ${inputDir} (commits of 10,000) …`);
  const started = performance.now();
  let shown = 0;
  const report = await ingest(db, expandInputs([inputDir]), {
    commitEvery: 10_000,
    onProgress: (written, total) => {
      if (written - shown < Math.max(10_000, total / 10) && written < total) return;
      shown = written;
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      log(`  ${tree}: ${written}/${total} written, ${seconds} s`);
    },
  });
  const loaded = {
    tree,
    input: inputDir,
    loadedAt: new Date().toISOString(),
    seconds: report.seconds,
    statements: report.statements,
    statementsNew: report.statementsNew,
  };
  writeFileSync(marker, `${JSON.stringify(loaded, null, 2)}\n`);
  return { ...loaded, reused: false };
}

/** The tree's API over `db` until SIGTERM; its URL and the load record on stdout. */
async function serve(tree, db, loaded) {
  const { startBenchApi } = await fromTree(tree, 'scripts/lib/bench-api-server.mjs');
  const api = await startBenchApi(db, { compiled: true });
  const stopped = new Promise((resolve) => process.once('SIGTERM', resolve));
  console.log(JSON.stringify({ url: api.url, loaded }));
  await stopped;
  await api.stop();
}

if (process.argv[1] === import.meta.filename) {
  const [tree, storeDir, inputDir, pageCache] = process.argv.slice(2);
  if (storeDir.startsWith('bolt://')) {
    // A Neo4j another process runs and loaded (bench-compare-trees.mjs --store): the tree only
    // reads it.
    const { Database } = await fromTree(tree, 'dist/src/neo4j/database.js');
    const db = new Database({ uri: storeDir, user: 'neo4j', password: '', database: 'neo4j' });
    await serve(tree, db, { store: storeDir, reused: true });
    await db.close();
    process.exit(0);
  }
  mkdirSync(storeDir, { recursive: true });
  const { withFreshNeo4j } = await fromTree(tree, 'scripts/lib/fresh-neo4j.mjs');
  await withFreshNeo4j(
    async (db) => serve(tree, db, await ensureLoaded(tree, db, storeDir, inputDir)),
    { dataDir: path.join(storeDir, 'neo4j'), pageCache },
  );
  process.exit(0);
}
