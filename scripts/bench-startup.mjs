#!/usr/bin/env node
// Seconds from `npm start` to "ready", cold (launcher not built) and warm, and the idle RSS of
// the Neo4j (Java) and API (Node) processes. Prints figures; asserts nothing.
//
//   npm run bench:startup                       cold = launcher rebuilt, Maven cache kept
//   npm run bench:startup -- --fresh-maven-repo cold = also an empty Maven repository (downloads Neo4j)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(import.meta.dirname, '..');
const freshMavenRepo = process.argv.includes('--fresh-maven-repo');
const idleSeconds = 15;

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kib / 1024);
}

async function run(
  label,
  extraEnv,
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-')),
) {
  const env = {
    ...process.env,
    ...extraEnv,
    DIPLOGRAPH_NEO4J_DATA_DIR: dataDir,
    DIPLOGRAPH_PORT: '0',
    DIPLOGRAPH_NEO4J_BOLT_PORT: '0',
    DIPLOGRAPH_NEO4J_HTTP_PORT: '0',
    LOG_LEVEL: 'warn',
  };
  delete env.NEO4J_URI;
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (err += c));
  while (!/Diplograph is ready/.test(out)) {
    if (child.exitCode !== null) throw new Error(`${label}: npm start exited\n${out}\n${err}`);
    await sleep(100);
  }
  const seconds = (performance.now() - started) / 1000;
  const state = JSON.parse(readFileSync(path.join(dataDir, 'launcher.json'), 'utf8'));
  await sleep(idleSeconds * 1000);
  const result = {
    label,
    seconds: seconds.toFixed(1),
    serveSeconds: /ready in ([\d.]+) s/.exec(out)?.[1],
    neo4jRssMiB: rssMiB(state.pid),
    apiRssMiB: rssMiB(state.ownerPid),
  };
  process.kill(-child.pid, 'SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { result, dataDir };
}

rmSync(path.join(root, 'neo4j-local', 'target'), { recursive: true, force: true });
const coldEnv = {};
let mavenRepo;
if (freshMavenRepo) {
  mavenRepo = mkdtempSync(path.join(os.tmpdir(), 'diplograph-m2-'));
  coldEnv.MAVEN_OPTS = `${process.env.MAVEN_OPTS ?? ''} -Dmaven.repo.local=${mavenRepo}`.trim();
}
const cold = await run(
  freshMavenRepo ? 'cold (empty Maven repository)' : 'cold (launcher rebuilt)',
  coldEnv,
);
const warm = await run('warm, new data directory', {});
const restart = await run('warm, existing data directory', {}, warm.dataDir);
const results = [cold, warm, restart].map((r) => r.result);
for (const dir of new Set([cold.dataDir, warm.dataDir]))
  rmSync(dir, { recursive: true, force: true });
if (mavenRepo) rmSync(mavenRepo, { recursive: true, force: true });

console.log(
  `\nnpm start → ready (seconds: whole command; serveSeconds: after the TypeScript build), and RSS after ${idleSeconds} s idle (${os.cpus().length} cores)`,
);
console.table(results);
