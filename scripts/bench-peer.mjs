#!/usr/bin/env node
// Diplograph against its peer and against hand-written Cypher. Prints figures; asserts nothing.
//
//   npm run bench:peer                        100k realistic statements, 120 runs per operation
//   npm run bench:peer -- --quick             10k, 30 runs (a smoke run)
//   npm run bench:peer -- --runs 200 --data-dir .data/bench-peer
//                                             keep the loaded Neo4j there and reuse it
//   npm run bench:peer -- --only actor,search  only the operations whose names contain one of
//                                             these (while iterating on one)
//
// One Neo4j (scripts/lib/fresh-neo4j.mjs) gets the realistic synthetic data
// (scripts/lib/synthetic-comparison.mjs) through Diplograph's ingest. Three engines read it:
// Diplograph's GraphQL API in this process (scripts/lib/bench-api-server.mjs); the peer,
// @neo4j/graphql on a plain Apollo Server with type definitions for the stored graph
// (scripts/lib/peer-server.mjs); and the hand-written queries of cypher/bench/ through the
// driver. Each operation (scripts/lib/peer-operations.mjs) is first asked all three ways for
// every variant and the answers compared; then, after a warm-up, each run asks A, B and C in a
// rotating order. The table gives p50/p95 per engine and Diplograph's time over the peer's and
// over the hand query's; then each hand query's PROFILE, and the PROFILE of Diplograph's own
// page query for the operations where it is slower than either.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBenchApi } from './lib/bench-api-server.mjs';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import { startPeer } from './lib/peer-server.mjs';
import { handText, peerOperations } from './lib/peer-operations.mjs';
import { profileOf } from './lib/profile-summary.mjs';
import { GENERATOR_VERSION, writeComparisonData } from './lib/synthetic-comparison.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = (p) => path.join(root, 'dist', 'src', p);
const argument = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const quick = process.argv.includes('--quick');
const count = quick ? 10_000 : 100_000;
const runs = Number(argument('--runs') ?? (quick ? 30 : 120));
const warmUp = quick ? 5 : 20;
const dataDir = argument('--data-dir');
const only = argument('--only')?.split(',');
/** The operations this run measures (all, or those `--only` names a part of). */
const operations = () =>
  peerOperations().filter(
    (op) => only === undefined || only.some((part) => op.name.includes(part)),
  );

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const { ingest, expandInputs } = await import(dist('ingest/ingest.js'));
const { statementsPage } = await import(dist('graphql/statements-page.queries.js'));
const { pageShape } = await import(dist('graphql/resolvers/statement-page.js'));
const neo4j = (await import('neo4j-driver')).default;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Integers the hand queries take as such (LIMIT), the rest as they are. */
const cypherParams = (params) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v) : v]),
  );

async function postGraphql(url, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 600)}`);
  return body.data;
}

/** Diplograph's own page query and its parameters for a filter (as the API sends it). */
function diplographPage(filter, first) {
  const shape = pageShape(filter, 'NEWEST_FIRST');
  const lists = ['speaker', 'onBehalfOf', 'topics', 'quotes', 'stances', 'position', 'quote'];
  const params = {
    from: filter.from ?? '0001-01-01',
    to: filter.to ?? '9999-12-31',
    actor: filter.actor ?? null,
    speaker: filter.speaker ?? null,
    topic: filter.topic ?? null,
    position: null,
    positionTypes: filter.positionType ? [filter.positionType] : null,
    stance: filter.stance ?? null,
    act: null,
    modality: null,
    stanceFilter: shape.stance,
    includeRetracted: false,
    asOf: null,
    afterDate: null,
    afterId: null,
    limit: neo4j.int(first + 1),
    lists: Object.fromEntries(
      [...lists, 'respondsTo', 'documents', 'supersededBy'].map((l) => [l, lists.includes(l)]),
    ),
    // The page shows only what a list shows of each node (src/graphql/page-nodes.ts).
    whole: { statement: false, actor: false, position: false, quote: false },
  };
  return { text: statementsPage.form(shape).text(), params };
}

/** Diplograph's search query and its parameters (as the API sends them). */
function diplographSearch({ text, first }) {
  const file = path.join(root, 'cypher', 'graphql', 'search.cypher');
  return {
    text: readFileSync(file, 'utf8'),
    params: { text, limit: neo4j.int(first), includeRetracted: false, asOf: null },
  };
}

async function measure(db, engines) {
  const driver = db.driver;
  const ask = {
    diplograph: (v) => postGraphql(engines.api, v.diplograph.query, v.diplograph.variables),
    peer: (v) => postGraphql(engines.peer, v.peer.query, v.peer.variables),
    hand: async (v) =>
      (
        await driver.executeQuery(handText(v.hand.file), cypherParams(v.hand.params), {
          routing: neo4j.routing.READ,
          database: 'neo4j',
        })
      ).records.map((r) => r.toObject()),
  };
  const names = Object.keys(ask);
  const rows = [];
  const slower = [];
  for (const op of operations()) {
    // The same answer three ways, for every variant, before anything is timed.
    for (const v of op.variants) {
      const answers = {};
      for (const name of names) answers[name] = JSON.stringify(v[name].read(await ask[name](v)));
      if (answers.diplograph !== answers.peer || answers.diplograph !== answers.hand)
        throw new Error(
          `${op.name}: answers differ for ${JSON.stringify(v.hand.params)}\n` +
            names.map((n) => `${n}: ${answers[n].slice(0, 400)}`).join('\n'),
        );
      if (answers.hand === '[]') throw new Error(`${op.name}: empty answer, nothing to compare`);
    }
    const times = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < warmUp + runs; i++) {
      const v = op.variants[i % op.variants.length];
      for (let k = 0; k < names.length; k++) {
        const name = names[(i + k) % names.length];
        const t = performance.now();
        await ask[name](v);
        if (i >= warmUp) times[name].push(performance.now() - t);
      }
    }
    const p = (name, q) => percentile(times[name], q);
    const ratio = (a, b, q) => (p(a, q) / p(b, q)).toFixed(2);
    rows.push({
      operation: op.name,
      'Diplograph p50/p95': `${p('diplograph', 50).toFixed(1)} / ${p('diplograph', 95).toFixed(1)}`,
      'peer p50/p95': `${p('peer', 50).toFixed(1)} / ${p('peer', 95).toFixed(1)}`,
      'hand p50/p95': `${p('hand', 50).toFixed(1)} / ${p('hand', 95).toFixed(1)}`,
      'D/peer p50': ratio('diplograph', 'peer', 50),
      'D/peer p95': ratio('diplograph', 'peer', 95),
      'D/hand p50': ratio('diplograph', 'hand', 50),
      'D/hand p95': ratio('diplograph', 'hand', 95),
    });
    console.error(`measured: ${op.name}`);
    if (p('diplograph', 50) > Math.min(p('peer', 50), p('hand', 50))) slower.push(op);
  }
  return { rows, slower };
}

async function printProfiles(db, slower) {
  console.log('\nPROFILE of the hand-written queries (first variant of each operation):');
  for (const op of operations()) {
    const { file, params } = op.variants[0].hand;
    const profile = await profileOf(db.driver, handText(file), cypherParams(params));
    console.log(
      `\n- ${op.name} (cypher/bench/${file}.cypher): ${profile.dbHits} db hits, ${profile.rows} rows`,
    );
    for (const line of profile.lines) console.log(`    ${line}`);
  }
  console.log(
    "\nPROFILE of Diplograph's page query where it is slower than the peer or the hand query:",
  );
  for (const op of slower) {
    const v = op.variants[0];
    const { text, params } =
      v.filter === undefined
        ? diplographSearch(v.hand.params)
        : diplographPage(v.filter, v.hand.params.first);
    const profile = await profileOf(db.driver, text, params);
    const file = v.filter === undefined ? 'search' : 'statements-page';
    console.log(
      `\n- ${op.name} (cypher/graphql/${file}.cypher): ${profile.dbHits} db hits, ${profile.rows} rows`,
    );
    for (const line of profile.lines) console.log(`    ${line}`);
  }
}

const options =
  dataDir === undefined ? {} : { dataDir: path.join(dataDir, `${count}-g${GENERATOR_VERSION}`) };
await withFreshNeo4j(async (db) => {
  // A kept database (--data-dir) that holds the whole data set already is read as it is: the
  // generator gives the same statements for the same count, and ingesting them again changes
  // nothing but takes as long as reading them all.
  const held = await db.driver.executeQuery(
    'MATCH (s:Statement) RETURN count(s) AS n',
    {},
    {
      database: 'neo4j',
    },
  );
  if (Number(held.records[0].get('n')) === count)
    console.error(`reusing the ${count} statements of ${options.dataDir}`);
  else {
    const data = mkdtempSync(path.join(os.tmpdir(), 'bench-peer-'));
    try {
      const stats = await writeComparisonData(count, data);
      console.error(`generated ${stats.statements} statements (generator v${GENERATOR_VERSION})`);
      const loaded = await ingest(db, expandInputs([data]), { commitEvery: 10_000 });
      console.error(`loaded ${loaded.statements} statements in ${loaded.seconds} s`);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }
  const api = await startBenchApi(db);
  const peer = await startPeer(db.driver);
  try {
    const { rows, slower } = await measure(db, { api: api.url, peer: peer.url });
    console.log(
      `\nDiplograph, @neo4j/graphql and hand-written Cypher on ${count} realistic statements (generator v${GENERATOR_VERSION}), ` +
        `${os.cpus().length} cores, load ${os
          .loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}; ` +
        `${runs} runs each after ${warmUp} warm-up, interleaved; ms`,
    );
    console.table(rows);
    await printProfiles(db, slower);
  } finally {
    await peer.stop();
    await api.stop();
  }
}, options);
