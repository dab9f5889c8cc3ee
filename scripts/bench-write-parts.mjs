#!/usr/bin/env node
// What each part of a statement's write costs in Neo4j. Prints figures; asserts nothing.
//
//   node scripts/bench-write-parts.mjs [--statements 10000] [--rounds 3]
//
// The same synthetic statements as bench:ingest, written by hand-written UNWIND queries that add
// one part at a time (the statement node, its quotes, its stances, its links to actor and
// topic), 1,000 rows a query and one transaction per variant, on one fresh ephemeral Neo4j;
// `execute` is the time of the queries, `commit` that of the commit. `parameters only` sends
// the same rows and writes nothing: the cost of moving them over Bolt. The first round warms the
// server up and is not reported. Needs `npm run build` first.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withFreshNeo4j } from './lib/fresh-neo4j.mjs';
import { syntheticStatement } from './lib/synthetic-statements.mjs';

const { values } = parseArgs({
  options: {
    statements: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
  },
});
const count = Number(values.statements);
const rounds = Number(values.rounds);
const { quoteId } = await import(
  path.join(import.meta.dirname, '..', 'dist', 'src', 'model', 'ids.js')
);

const statement = `UNWIND $rows AS row
  CREATE (s:Statement {id: row.id, date: date(row.date), datePrecision: 'DAY', kind: row.kind, recordedAt: datetime()})
  WITH s, row`;
const quotes = `CALL (s, row) { UNWIND row.quotes AS q MERGE (quote:Quote {id: q.id}) ON CREATE SET quote.text = q.text
                  CREATE (s)-[:QUOTES {ref: q.ref}]->(quote) }`;
const stances = `CALL (s, row) { UNWIND row.stances AS st MATCH (p:Position {id: st.position})
                   CREATE (s)-[:TAKES_STANCE {quoteId: st.quoteId, act: st.act, stance: st.stance, modality: 'ASSERTED'}]->(p) }`;
const links = `CALL (s, row) { UNWIND row.onBehalfOf AS a MATCH (actor:Actor {id: a}) CREATE (s)-[:ON_BEHALF_OF]->(actor) }
               CALL (s, row) { UNWIND row.topics AS t MATCH (topic:Topic {id: t}) CREATE (s)-[:CONCERNS]->(topic) }`;
const VARIANTS = {
  'parameters only': 'UNWIND $rows AS row RETURN count(*)',
  'statement node': statement.replace(/WITH s, row$/, ''),
  '+ quotes': `${statement} ${quotes}`,
  '+ stances': `${statement} ${stances}`,
  '+ actor and topic links': `${statement} ${links}`,
  'all (as bench:ingest raw)': `${statement} ${links} ${quotes} ${stances}`,
};

function rowsFor(prefix) {
  return Array.from({ length: count }, (_, i) => {
    const s = syntheticStatement(i, prefix);
    const withIds = s.quotes.map((q) => ({ ...q, id: quoteId(q.text) }));
    const idOf = new Map(withIds.map((q) => [q.ref, q.id]));
    return {
      ...s,
      quotes: withIds,
      stances: s.stances.map((st) => ({ ...st, quoteId: idOf.get(st.quote) })),
    };
  });
}

await withFreshNeo4j(async (db) => {
  await db.driver.executeQuery(
    `MERGE (:Topic {id: 'bench-topic'})
     WITH * UNWIND range(0, 19) AS i MERGE (:Position {id: 'OTHER:bench-topic:p' + i})`,
  );
  const figures = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, query] of Object.entries(VARIANTS)) {
      const rows = rowsFor(`parts-${round}-${Object.keys(figures).length}-${name.length}`);
      const session = db.driver.session();
      const tx = await session.beginTransaction();
      const started = performance.now();
      for (let i = 0; i < rows.length; i += 1000)
        await tx.run(query, { rows: rows.slice(i, i + 1000) });
      const executed = performance.now();
      await tx.commit();
      const committed = performance.now();
      await session.close();
      if (round === 0) continue;
      (figures[name] ??= []).push({ execute: executed - started, commit: committed - executed });
    }
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  console.log(`\n${count} statements a transaction, ${rounds - 1} measured round(s), median ms`);
  console.table(
    Object.entries(figures).map(([variant, runs]) => {
      const execute = median(runs.map((r) => r.execute));
      const commit = median(runs.map((r) => r.commit));
      return {
        variant,
        'execute ms': Math.round(execute),
        'commit ms': Math.round(commit),
        'statements/s': Math.round(count / ((execute + commit) / 1000)),
      };
    }),
  );
});
