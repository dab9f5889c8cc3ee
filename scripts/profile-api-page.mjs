#!/usr/bin/env node
// Where the API's own time goes on one statements page: the API in a process of its own
// (scripts/lib/bench-api-process.mjs), V8's CPU profile of it while this process asks the same
// page over and over, then self time by package and by function. Prints figures; asserts nothing.
//
//   node scripts/profile-api-page.mjs --data-dir .data/bench-peer/100000-g2 [--requests 400]
//        [--mode development|production] [--filter '{"actor":"IRN"}'] [--first 10]
//
// Needs `npm run build` and a database that holds data (e.g. the one bench:peer keeps).
import os from 'node:os';
import path from 'node:path';
import { startBenchApiProcess } from './lib/bench-api-process.mjs';
import { summariseProfile } from './lib/cpu-profile-summary.mjs';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import { DIPLOGRAPH_PAGE } from './lib/peer-operations.mjs';

const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const dataDir = argument('--data-dir');
if (dataDir === undefined) throw new Error('--data-dir is required');
const requests = Number(argument('--requests', '400'));
const mode = argument('--mode', 'development');
const variables = {
  filter: JSON.parse(argument('--filter', '{}')),
  first: Number(argument('--first', '10')),
};
// What bench:peer's statements page asks for.
const query = DIPLOGRAPH_PAGE;
const profile = path.join(os.tmpdir(), `api-page-${process.pid}.cpuprofile`);

await withFreshNeo4j(
  async (_db, server) => {
    const api = await startBenchApiProcess(server.boltUri, { mode, profile });
    const ask = async () => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    for (let i = 0; i < 100; i++) await ask();
    api.startProfile();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    for (let i = 0; i < requests; i++) await ask();
    const ms = performance.now() - started;
    await api.stop();
    const { busyMs, packages, functions } = summariseProfile(profile, 30);
    console.log(
      `${requests} pages (${JSON.stringify(variables)}), ${mode}: ${(ms / requests).toFixed(1)} ms each; ` +
        `API process busy ${busyMs} ms (${(busyMs / requests).toFixed(2)} ms a page); load ${os.loadavg()[0].toFixed(2)}`,
    );
    console.table(packages);
    console.table(functions);
  },
  { dataDir },
);
