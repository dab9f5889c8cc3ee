#!/usr/bin/env node
// GraphQL API latency against hand-written Cypher. Prints figures; asserts nothing.
//
//   npm run bench:api                  100k synthetic statements
//   npm run bench:api -- --quick       10k (a smoke run)
//
// A fresh ephemeral Neo4j gets N synthetic statements (scripts/lib/synthetic-statements.mjs);
// the API runs in this process, in development mode so each response reports its Cypher
// round-trips. Each query is asked through GraphQL over HTTP, and the same answer by one
// hand-written Cypher query through the driver; runs alternate, after a warm-up, and the
// table gives p50/p95 of each and their ratio.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBenchApi } from './lib/bench-api-server.mjs';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import { writeSyntheticData } from './lib/synthetic-statements.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = (p) => path.join(root, 'dist', 'src', p);
const quick = process.argv.includes('--quick');
const count = quick ? 10_000 : 100_000;
const warmUp = 30;
const runs = quick ? 50 : 200;

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
const { ingest, expandInputs } = await import(dist('ingest/ingest.js'));

/** Three levels under `statements`: statement → stances → position and quote. */
const NESTED = `query Nested($actor: ID!, $first: Int!) {
  statements(filter: { actor: $actor }, first: $first) {
    edges { node {
      id date kind
      onBehalfOf { id name }
      stances { stance act modality position { id label } quote { id text } }
    } }
  }
}`;

/** The same answer, hand-written: one query, shaped like the GraphQL response. */
const HAND_WRITTEN = `
MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)
WHERE s.status IS NULL
WITH s ORDER BY s.date DESC, s.id DESC LIMIT $first
CALL (s) {
  OPTIONAL MATCH (s)-[r:TAKES_STANCE]->(p:Position)
  OPTIONAL MATCH (q:Quote {id: r.quoteId})
  RETURN collect({stance: r.stance, act: r.act, modality: r.modality,
                  position: p {.id, .label}, quote: q {.id, .text}}) AS stances
}
RETURN s.id AS id, toString(s.date) AS date, s.kind AS kind,
  [(s)-[:ON_BEHALF_OF]->(a:Actor) | a {.id, .name}] AS onBehalfOf, stances
ORDER BY date DESC, id DESC`;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const data = await writeSyntheticData(count);
await withFreshNeo4j(async (db) => {
  const loaded = await ingest(db, expandInputs([data]), { commitEvery: 10_000 });
  console.error(`loaded ${loaded.statements} statements in ${loaded.seconds} s`);
  const api = await startBenchApi(db);
  const { url } = api;
  const neo4j = (await import('neo4j-driver')).default;

  const viaGraphql = async (variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NESTED, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  const viaCypher = async (variables) => {
    const result = await db.driver.executeQuery(
      HAND_WRITTEN,
      { actor: variables.actor, first: neo4j.int(variables.first) },
      { routing: neo4j.routing.READ, database: 'neo4j' },
    );
    return result.records.map((r) => r.toObject());
  };

  const rows = [];
  for (const first of [10, 50, 100]) {
    const actors = ['IRN', 'TUR', 'AZE', 'ARM', 'RUS'];
    const variables = (i) => ({ actor: actors[i % actors.length], first });
    // The same answer both ways, checked once.
    const fromGraphql = (await viaGraphql(variables(0))).data.statements.edges.map(
      (e) => e.node.id,
    );
    const fromCypher = (await viaCypher(variables(0))).map((r) => r.id);
    if (JSON.stringify(fromGraphql) !== JSON.stringify(fromCypher))
      throw new Error(`answers differ for first=${first}`);
    for (let i = 0; i < warmUp; i++) {
      await viaGraphql(variables(i));
      await viaCypher(variables(i));
    }
    const times = { graphql: [], cypher: [] };
    let roundTrips = 0;
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      const body = await viaGraphql(variables(i));
      times.graphql.push(performance.now() - t);
      roundTrips = body.extensions.roundTrips;
      t = performance.now();
      await viaCypher(variables(i));
      times.cypher.push(performance.now() - t);
    }
    const p = (list, q) => percentile(list, q).toFixed(1);
    rows.push({
      'statements per page': first,
      'GraphQL p50 ms': p(times.graphql, 50),
      'GraphQL p95 ms': p(times.graphql, 95),
      'Cypher p50 ms': p(times.cypher, 50),
      'Cypher p95 ms': p(times.cypher, 95),
      'ratio p50': (percentile(times.graphql, 50) / percentile(times.cypher, 50)).toFixed(2),
      'ratio p95': (percentile(times.graphql, 95) / percentile(times.cypher, 95)).toFixed(2),
      'round-trips': roundTrips,
    });
  }
  await api.stop();
  console.log(
    `\nGraphQL API, ${count} statements, ${os.cpus().length} cores; ${runs} runs each after ${warmUp} warm-up; a nested query of 3 levels (statement → stances → position, quote) by actor`,
  );
  console.table(rows);
});
rmSync(data, { recursive: true, force: true });
