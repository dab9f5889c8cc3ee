import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Found } from '../../src/ingest/entity-kinds';
import { readIngestFile } from '../../src/ingest/read/ingest-file';
import { planDocuments } from '../../src/ingest/plan/planner';
import type { WritePlan } from '../../src/ingest/plan/write-plan';
import type { NamedActor } from '../../src/ingest/validate/actor-index';
import { References } from '../../src/ingest/validate/references';
import { CORE_POSITION_TYPES } from '../../src/model/position-types';
import { checkStructure } from '../../src/ingest/validate/structure';

const ROOT = path.resolve(__dirname, '../..');

/** The 249 reference states as the graph's catalog gives them (migration 003). */
export function referenceStates(): NamedActor[] {
  const text = readFileSync(
    path.join(ROOT, 'cypher/migrations/003_reference_states.cypher'),
    'utf8',
  );
  const states: NamedActor[] = [];
  const line =
    /\{id: "([A-Z]{3})", iso2: "[^"]*", name: ("(?:[^"\\]|\\.)*"), .*?aliases: (\[.*?\]), independent:/g;
  for (const match of text.matchAll(line)) {
    states.push({
      id: match[1]!,
      name: JSON.parse(match[2]!) as string,
      aliases: JSON.parse(match[3]!) as string[],
    });
  }
  return states;
}

/**
 * An ingestion document planned as for a graph holding the reference states and core position
 * types only, without a
 * database: its references (which hold the issues found), and its plan (undefined when there are
 * issues). `existing`: what else the graph is to hold (ids with their content hash).
 */
export function planFile(
  file: string,
  existing: Found[] = [],
): { resolver: References; plan: WritePlan | undefined } {
  const read = readIngestFile(file);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  const structure = checkStructure(read.parsed);
  if (!structure.ok) throw new Error(JSON.stringify(structure.issues));
  const states = referenceStates();
  const references = new References([structure.checked]);
  references.useGraphActors(states);
  // The core position types of migration 006, as the graph's catalog gives them.
  references.usePositionTypes(CORE_POSITION_TYPES.map((t) => ({ ...t, hash: null })));
  // An empty graph apart from the states (which carry no content hash).
  references.addExisting([
    ...states.map((state) => ({ kind: 'actor' as const, id: state.id, hash: null })),
    ...existing,
  ]);
  return { resolver: references, plan: planDocuments(references) };
}
