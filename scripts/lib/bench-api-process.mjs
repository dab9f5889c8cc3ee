// The API in a process of its own, for a load benchmark: the load generator must not share the
// API's event loop. Started by startBenchApiProcess(); prints `{"url": …}` on one line when it
// listens, stops on SIGTERM. With a profile file, SIGUSR2 starts V8's CPU profiler (after a
// warm-up: start-up and first compilations left out) and SIGTERM writes the profile before it
// stops. Needs `npm run build` first.
//
//   node scripts/lib/bench-api-process.mjs BOLT_URI [development|production] [PROFILE_FILE]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { startBenchApi } from './bench-api-server.mjs';

const dist = (p) => path.join(import.meta.dirname, '..', '..', 'dist', 'src', p);

/**
 * Starts the API over `uri` in a child process; returns its /graphql URL, `startProfile()` (with
 * `profile`, a file to write the CPU profile to) and a stop function that waits for it to exit.
 */
export async function startBenchApiProcess(uri, { mode = 'production', profile } = {}) {
  const args = [import.meta.filename, uri, mode, ...(profile ? [profile] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve(JSON.parse(line).url));
    child.once('exit', (code) => reject(new Error(`the API process exited (${code})`)));
  });
  return {
    url,
    startProfile: () => child.kill('SIGUSR2'),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

if (process.argv[1] === import.meta.filename) {
  const [uri, mode, profileFile] = process.argv.slice(2);
  const { Database } = await import(dist('neo4j/database.js'));
  const db = new Database({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  const api = await startBenchApi(db, { mode });
  console.log(JSON.stringify({ url: api.url }));
  const inspector = new Session();
  let profiling = false;
  process.on('SIGUSR2', async () => {
    if (!profileFile || profiling) return;
    profiling = true;
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  });
  process.once('SIGTERM', async () => {
    if (profiling) {
      const { profile } = await inspector.post('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
    }
    await api.stop();
    await db.close();
    process.exit(0);
  });
}
