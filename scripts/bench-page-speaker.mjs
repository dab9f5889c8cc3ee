#!/usr/bin/env node
// Diplograph's statements-page query for a speaker filter (no actor), as two builds send it,
// against a Neo4j that holds the realistic data (e.g. the one `npm run bench:peer -- --data-dir`
// keeps): the answers checked equal, PROFILE db hits per speaker, then p50/p95 alternating.
// Prints figures; asserts nothing.
//
//   node scripts/bench-page-speaker.mjs --before ../old-worktree --after . --bolt 7687 [--runs 100]
//
// Each worktree needs `npm run build` (its dist/ and cypher/ are read).
import neo4j from 'neo4j-driver';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { profileOf } from './lib/profile-summary.mjs';

const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  if (at === -1 && fallback === undefined) throw new Error(`${name} is required`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const require = createRequire(import.meta.url);
const build = (dir) =>
  require(path.resolve(dir, 'dist', 'src', 'graphql', 'statements-page.queries.js'));
const before = build(argument('--before'));
const after = build(argument('--after'));
const shape = { actor: false, speaker: true, topic: false, stance: false, order: 'NEWEST_FIRST' };
const texts = {
  before: before.statementsPage.form(shape).text(),
  after: after.statementsPage.form(shape).text(),
};
const driver = neo4j.driver(`bolt://127.0.0.1:${argument('--bolt')}`);
const speakers = [
  'usa-spokesperson-2',
  'rus-foreign-minister-2',
  'chn-spokesperson-2',
  'fra-head-of-state-2',
  'irn-spokesperson-2',
  'usa-spokesperson-1',
  'irn-foreign-minister-1',
];
const lists = ['speaker', 'onBehalfOf', 'topics', 'quotes', 'stances', 'position', 'quote'];
const params = (speaker) => ({
  from: '0001-01-01',
  to: '9999-12-31',
  actor: null,
  speaker: `person:${speaker}`,
  topic: null,
  position: null,
  positionTypes: null,
  stance: null,
  act: null,
  modality: null,
  stanceFilter: false,
  includeRetracted: false,
  afterDate: null,
  afterId: null,
  limit: neo4j.int(21),
  lists: Object.fromEntries(
    [...lists, 'respondsTo', 'documents', 'supersededBy'].map((l) => [l, lists.includes(l)]),
  ),
});
const run = (k, p) => driver.executeQuery(texts[k], p, { database: 'neo4j', routing: 'READ' });
for (const s of speakers) {
  const a = (await run('before', params(s))).records.map((r) => r.get('statement').id);
  const b = (await run('after', params(s))).records.map((r) => r.get('statement').id);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('differ ' + s);
  const pa = await profileOf(driver, texts.before, params(s));
  const pb = await profileOf(driver, texts.after, params(s));
  console.log(`${s}: db hits before ${pa.dbHits}, after ${pb.dbHits}`);
}
const times = { before: [], after: [] };
const runs = Number(argument('--runs', '100'));
for (let i = 0; i < runs + 10; i++) {
  const p = params(speakers[i % speakers.length]);
  for (const k of i % 2 ? ['before', 'after'] : ['after', 'before']) {
    const t = performance.now();
    await run(k, p);
    if (i >= 10) times[k].push(performance.now() - t);
  }
}
const pc = (l, q) => [...l].sort((x, y) => x - y)[Math.floor((q / 100) * l.length)].toFixed(1);
for (const k of ['before', 'after'])
  console.log(k, 'p50', pc(times[k], 50), 'p95', pc(times[k], 95));
console.log(
  'load',
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' '),
);
await driver.close();
