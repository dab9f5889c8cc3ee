import type { Database } from '../neo4j/database';
import { invalidInput } from './issues';
import { countNdjsonRecords } from './read/ndjson-stream';
import type { IngestInput } from './read/inputs';
import { planRun } from './plan/plan-stream';
import { graphCatalog } from './validate/graph';
import { validateDocuments } from './validate/validation';
import type { Validation } from './validate/validation';
import type { WriteCounters } from './write/counters';
import { writeInOneTransaction } from './write/one-transaction';
import { writeInParts } from './write/in-parts';
import { Progress, validateOnly } from './write/write-mode';
import type { WriteMode, WriteRun, Written } from './write/write-mode';

export { expandInputs, skippedInDirectories } from './read/inputs';
export type { IngestInput } from './read/inputs';
export type { WriteCounters } from './write/counters';
export type { WriteMode } from './write/write-mode';

/** The options of the CLI and the GraphQL mutation; `writeModeOf` turns them into a mode. */
export interface IngestOptions {
  dryRun?: boolean;
  /** Statements per chunk read from NDJSON, and rows per UNWIND query. */
  batchSize?: number;
  /** Commit every N statements (large feeds) instead of one transaction for the run. */
  commitEvery?: number;
  /** Where --commit-every keeps its temporary plan file; the system's (TMPDIR) by default. */
  tempDir?: string;
  onProgress?: (written: number, total: number) => void;
}

export interface IngestReport {
  files: string[];
  /** Statement records read (a statement given twice, or already in the graph, counts). */
  statements: number;
  stances: number;
  quotes: number;
  actorsDefined: number;
  positions: number;
  /** Statements new to the graph (written, or to be written on a dry run). */
  statementsNew: number;
  dryRun: boolean;
  counters: WriteCounters | null;
  seconds: number;
}

export const DEFAULT_BATCH_SIZE = 1000;

/** The one place the options choose how a run writes (see WriteMode). */
export function writeModeOf(options: IngestOptions): WriteMode {
  if (options.dryRun) return { kind: 'validate-only' };
  if (options.commitEvery) {
    return { kind: 'parts', commitEvery: options.commitEvery, tempDir: options.tempDir };
  }
  return { kind: 'one-transaction' };
}

/**
 * Ingestion as its stages: read → validate → plan → write (the folders of src/ingest, in that
 * order; a stage imports only earlier ones). Every input is validated completely (parse,
 * structure, references against the batch and the graph) and written all or nothing, the way
 * the write mode says. NDJSON is streamed a chunk at a time both ways, so memory holds chunks,
 * not files. Any problem: INGEST_INVALID listing every issue, and nothing written.
 */
export async function ingest(
  db: Database,
  inputs: IngestInput[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const mode = writeModeOf(options);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const graph = graphCatalog(db);
  const validation = await validateDocuments(inputs, graph);
  const total = options.onProgress ? await countStatements(validation) : 0;
  const run: WriteRun = {
    db,
    plans: () => planRun(validation, graph, batchSize),
    issues: () => validation.issues(),
    batchSize,
    progress: new Progress(total, options.onProgress),
  };
  const { tally, counters } = await write(mode, run);
  if (validation.issues().length) throw invalidInput(validation.issues());
  const definitions = validation.documents.map((d) => d.document);
  return {
    files: validation.files,
    statements: tally.statements,
    stances: tally.stances,
    quotes: tally.quotes,
    actorsDefined: definitions.reduce((n, d) => n + d.actors.length, 0),
    positions: definitions.reduce((n, d) => n + d.positions.length, 0),
    statementsNew: tally.statementsNew,
    dryRun: mode.kind === 'validate-only',
    counters,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

/** Validates without writing (`diplograph validate`): the report, or INGEST_INVALID. */
export function validateInputs(db: Database, inputs: IngestInput[]): Promise<IngestReport> {
  return ingest(db, inputs, { dryRun: true });
}

function write(mode: WriteMode, run: WriteRun): Promise<Written> {
  switch (mode.kind) {
    case 'validate-only':
      return validateOnly(run);
    case 'one-transaction':
      return writeInOneTransaction(run);
    case 'parts':
      return writeInParts(run, mode);
  }
}

async function countStatements(validation: Validation): Promise<number> {
  let total = validation.documents.reduce((n, d) => n + d.document.statements.length, 0);
  for (const source of validation.streams) total += await countNdjsonRecords(source);
  return total;
}
