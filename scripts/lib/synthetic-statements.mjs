// Deterministic synthetic statements for benchmarks: 10 states, 20 positions on one topic,
// 2 quotes and 3 stances a statement, dates over ten years. The same count gives the same
// files. Written as NDJSON plus a JSON document of definitions, in a new temporary folder.
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';

export const STATES = ['AZE', 'ARM', 'IRN', 'TUR', 'RUS', 'USA', 'FRA', 'GEO', 'ISR', 'PAK'];
const ACTS = ['AFFIRMS', 'CALLS_FOR', 'DEMANDS', 'WELCOMES', 'REJECTS'];
const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL'];

export function syntheticStatement(i, prefix = 'bench') {
  const quotes = [0, 1].map((k) => ({
    ref: `q${k}`,
    text: `Synthetic statement ${prefix} ${i}, quote ${k}: we state our position.`,
  }));
  const stances = [0, 1, 2].map((k) => ({
    position: `OTHER:bench-topic:p${(i + k * 7) % 20}`,
    stance: STANCES[(i + k) % 3],
    act: ACTS[(i * 3 + k) % 5],
    quote: `q${k % 2}`,
  }));
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  return {
    id: `statement:${prefix}-${i}`,
    date: `${2015 + (i % 10)}-${month}-${day}`,
    kind: 'COMMUNIQUE',
    onBehalfOf: [STATES[i % 10]],
    topics: ['bench-topic'],
    quotes,
    stances,
  };
}

/** Writes `count` statements; returns the folder (definitions.json, statements.ndjson). */
export async function writeSyntheticData(count, prefix = 'bench') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-bench-'));
  const positions = Array.from({ length: 20 }, (_, i) => ({
    type: 'OTHER',
    subjects: ['bench-topic'],
    qualifier: `p${i}`,
    label: `Position ${i}`,
  }));
  writeFileSync(
    path.join(dir, 'definitions.json'),
    JSON.stringify({
      format: 'diplograph/v1',
      topics: [{ id: 'bench-topic', name: 'Bench topic' }],
      positions,
    }),
  );
  const out = createWriteStream(path.join(dir, 'statements.ndjson'));
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify(syntheticStatement(i, prefix))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return dir;
}
