import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { cypher } from '../neo4j/cypher-files';
import type { Database } from '../neo4j/database';
import { invalidInput } from './issues';
import { deferred, settleLater } from './settle-later';
import type { IngestIssue } from './issues';
import { INGEST_EXTENSIONS, inputKind, readIngestFile, unsupportedFile } from './read/ingest-file';
import { countNdjsonRecords, readNdjsonChunks } from './read/ndjson-stream';
import type { NdjsonChunk, NdjsonSource } from './read/ndjson-stream';
import { BatchResolver, ENTITY_KINDS } from './validate/resolve';
import type { ChunkStatement, EntityKind } from './validate/resolve';
import { checkStatementRecord, checkStructure } from './validate/structure';
import type { CheckedFile } from './validate/structure';
import type { WritePlan } from './write/rows';
import { OverlappingParts } from './write/overlapping-parts';
import { PlanSpool } from './write/plan-spool';
import { addCounters, emptyCounters, PlanWriter, writePipelined } from './write/writer';
import type { WriteCounters } from './write/writer';

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

/** Input as files or as in-memory text (stdin, the GraphQL mutation), one code path after. */
export type IngestInput = { file: string } | { name: string; text: string };

export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Validates every input completely (parse, structure, references against the batch and the
 * graph) and writes it all or nothing: in one transaction, rolled back on the first issue
 * while the rest is still checked, so that every issue is reported; with `commitEvery`, a
 * validation pass first and then one transaction per N statements. NDJSON is streamed a chunk
 * at a time both ways, so memory holds chunks, not files. Any problem: INGEST_INVALID listing
 * every issue, and nothing written.
 */
export async function ingest(
  db: Database,
  inputs: IngestInput[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const run = await prepare(db, inputs);
  const total = options.onProgress ? await countStatements(run) : 0;
  let written = 0;
  const onWritten = (plan: WritePlan) => {
    written += plan.statements.length;
    options.onProgress?.(written, total);
  };
  let tally = emptyTally();
  let counters: WriteCounters | null = null;

  if (options.dryRun) {
    tally = await consume(planAll(db, run, batchSize));
  } else if (!options.commitEvery) {
    counters = await inTransaction(
      db,
      () => 'nothing was written',
      batchSize,
      async (writer) => {
        written = 0;
        const plans = planAll(db, run, batchSize);
        await writePipelined(writer, plans.stopOnIssue(), onWritten);
        // After an issue stopped the writes, the rest is still checked; then all is rolled back.
        tally = await consume(plans);
        if (run.issues().length) throw invalidInput(run.issues());
      },
    );
  } else {
    const parts = { ...options, batchSize, commitEvery: options.commitEvery };
    ({ tally, counters } = await writeInParts(db, run, parts, onWritten));
  }
  if (run.issues().length) throw invalidInput(run.issues());
  return {
    files: run.files,
    statements: tally.statements,
    stances: tally.stances,
    quotes: tally.quotes,
    actorsDefined: run.documents.reduce((n, d) => n + d.document.actors.length, 0),
    positions: run.documents.reduce((n, d) => n + d.document.positions.length, 0),
    statementsNew: tally.statementsNew,
    dryRun: options.dryRun === true,
    counters,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

/** Validates without writing (`diplograph validate`): the report, or INGEST_INVALID. */
export function validateInputs(db: Database, inputs: IngestInput[]): Promise<IngestReport> {
  return ingest(db, inputs, { dryRun: true });
}

// --- preparation: documents whole, NDJSON as sources to stream ---------------------------------

interface Run {
  files: string[];
  documents: CheckedFile[];
  streams: NdjsonSource[];
  resolver: BatchResolver;
  /** Problems of reading and structure; the resolver keeps those of references. */
  readIssues: IngestIssue[];
  issues: () => IngestIssue[];
}

async function prepare(db: Database, inputs: IngestInput[]): Promise<Run> {
  const documents: CheckedFile[] = [];
  const streams: NdjsonSource[] = [];
  const readIssues: IngestIssue[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    const name = 'file' in input ? input.file : input.name;
    files.push(name);
    const kind = inputKind(name);
    if (kind === undefined) readIssues.push(unsupportedFile(name));
    else if (kind === 'ndjson') {
      streams.push('file' in input ? input : { name, bytes: Buffer.from(input.text, 'utf8') });
    } else {
      const read =
        'file' in input
          ? readIngestFile(input.file)
          : readIngestFile(input.name, Buffer.from(input.text, 'utf8'));
      if (!read.ok) readIssues.push(...read.issues);
      else {
        const structure = checkStructure(read.parsed);
        if (structure.ok) documents.push(structure.checked);
        else readIssues.push(...structure.issues);
      }
    }
  }
  const resolver = new BatchResolver(documents);
  const actors = await db.read<{ id: string; name: string; aliases: string[] }>(
    cypher('ingest/catalog-actors.cypher'),
  );
  resolver.useGraphActors(
    actors.records.map((r) => ({
      id: r.get('id'),
      name: r.get('name'),
      aliases: r.get('aliases'),
    })),
  );
  resolver.addExisting(await lookUp(db, resolver.idsToLookUp()));
  return {
    files,
    documents,
    streams,
    resolver,
    readIssues,
    issues: () => [...readIssues, ...resolver.issues],
  };
}

/** An id the graph holds already, with the content hash it was written with. */
interface Found {
  kind: EntityKind;
  id: string;
  hash: string | null;
}

async function lookUp(db: Database, ids: Record<EntityKind, string[]>): Promise<Found[]> {
  if (Object.values(ids).every((list) => list.length === 0)) return [];
  const params = Object.fromEntries(ENTITY_KINDS.map((kind) => [`${kind}s`, ids[kind]]));
  const found = await db.read<Found>(cypher('ingest/catalog-existing.cypher'), params);
  return found.records.map((r) => ({ kind: r.get('kind'), id: r.get('id'), hash: r.get('hash') }));
}

async function countStatements(run: Run): Promise<number> {
  let total = run.documents.reduce((n, d) => n + d.document.statements.length, 0);
  for (const source of run.streams) total += await countNdjsonRecords(source);
  return total;
}

// --- planning: the documents' plan, then one plan per NDJSON chunk -----------------------------

export interface Tally {
  statements: number;
  statementsNew: number;
  stances: number;
  quotes: number;
}

function emptyTally(): Tally {
  return { statements: 0, statementsNew: 0, stances: 0, quotes: 0 };
}

/**
 * The plans of a run, in write order. Lookups go to the graph as it was (a read transaction):
 * what this run writes is known to the resolver already. After an issue no plan is given out,
 * but checking goes on to the end, so that every issue is found; once a file fails its
 * structure, references are no longer resolved (they would mislead).
 */
function planAll(db: Database, run: Run, batchSize: number) {
  const tally = emptyTally();
  let stopped = false;
  const count = (statements: number, plan: WritePlan | undefined) => {
    tally.statements += statements;
    for (const s of plan?.statements ?? []) {
      tally.statementsNew += 1;
      tally.stances += s.stances.length;
      tally.quotes += s.quotes.length;
    }
  };
  async function* plans(): AsyncGenerator<WritePlan> {
    const documentsPlan = run.readIssues.length ? undefined : run.resolver.plan();
    count(
      run.documents.reduce((n, d) => n + d.document.statements.length, 0),
      documentsPlan,
    );
    if (documentsPlan) yield documentsPlan;
    // The next chunk is read, checked and looked up while this one is planned, rather than
    // planning waiting on each lookup's round trip (a 100k validation pass: 7.3-7.7 s, 6.6 s).
    let pending: { statements: ChunkStatement[]; found: Promise<Found[]> | undefined } | undefined;
    for (const source of run.streams) {
      for await (const chunk of readNdjsonChunks(source, batchSize)) {
        const statements = checkChunk(source, chunk);
        const found = run.readIssues.length
          ? undefined
          : settleLater(lookUp(db, run.resolver.statementIdsToLookUp(statements)));
        const previous = pending;
        pending = { statements, found };
        const plan = previous && (await finishChunk(previous.statements, previous.found));
        if (plan && !stopped) yield plan;
      }
    }
    const plan = pending && (await finishChunk(pending.statements, pending.found));
    if (plan && !stopped) yield plan;
  }

  function checkChunk(source: NdjsonSource, chunk: NdjsonChunk): ChunkStatement[] {
    const file = 'file' in source ? source.file : source.name;
    run.readIssues.push(...chunk.issues);
    const statements: ChunkStatement[] = [];
    for (const record of chunk.records) {
      const checked = checkStatementRecord(file, record);
      if (!checked.ok) run.readIssues.push(...checked.issues);
      else
        statements.push({
          statement: checked.statement,
          origin: {
            file,
            path: ['statements', record.index],
            locate: () => ({ line: record.line, column: 0 }),
          },
        });
    }
    return statements;
  }

  async function finishChunk(
    statements: ChunkStatement[],
    found: Promise<Found[]> | undefined,
  ): Promise<WritePlan | undefined> {
    // No lookups were made once the input had read or structure issues: see above.
    if (!found) {
      tally.statements += statements.length;
      return undefined;
    }
    run.resolver.addExisting(await found);
    const plan = run.resolver.planStatements(statements);
    count(statements.length, plan);
    return plan;
  }
  const generator = plans();
  return Object.assign(generator, {
    tally,
    /** The same plans, ending at the first issue (the rest stays in the generator). */
    stopOnIssue: (): AsyncIterable<WritePlan> => ({
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          if (run.issues().length) {
            stopped = true;
            return { done: true, value: undefined };
          }
          const next = await generator.next();
          if (run.issues().length) stopped = true;
          return stopped ? { done: true, value: undefined } : next;
        },
      }),
    }),
  });
}

async function consume(plans: ReturnType<typeof planAll>): Promise<Tally> {
  for await (const plan of plans) void plan;
  return plans.tally;
}

// --- writing -------------------------------------------------------------------------------------

/**
 * One managed transaction: the driver retries it whole on transient errors, which is safe as
 * planning gives the same rows again. An error thrown inside rolls it back.
 */
async function inTransaction(
  db: Database,
  committedBefore: () => string,
  batchSize: number,
  work: (writer: PlanWriter) => Promise<void>,
): Promise<WriteCounters> {
  return db.inWriteTransaction(
    async (tx) => {
      const writer = new PlanWriter(tx, batchSize);
      await work(writer);
      return writer.counters;
    },
    () => `writing the batch (${committedBefore()})`,
  );
}

/**
 * --commit-every: a validation pass, then one transaction per N statements. Nothing is
 * committed unless the whole input is valid, but the first two parts do not wait for the
 * validation pass: they are written from that pass's own plans while the rest is checked, and
 * commit once all is found valid (rolled back otherwise). The pass spools the plans after them
 * to a temporary file, from which the other parts are written, a part's queries running while
 * the part before commits (OverlappingParts). A failure after that leaves whole parts written;
 * running again completes the rest, as statements already in the graph are skipped.
 */
async function writeInParts(
  db: Database,
  run: Run,
  options: IngestOptions & { batchSize: number; commitEvery: number },
  onWritten: (plan: WritePlan) => void,
): Promise<{ tally: Tally; counters: WriteCounters }> {
  const { batchSize, commitEvery } = options;
  const total = emptyCounters();
  let committed = 0;
  const commit = async (
    plans: WritePlan[],
    written: () => void,
    beforeCommit?: () => Promise<void>,
  ) => {
    const counters = await inTransaction(
      db,
      // Told when it fails: another part may have committed since this one began.
      () => (committed ? `${committed} statement(s) were committed before` : 'nothing was written'),
      batchSize,
      async (writer) => {
        await writer.write(plans);
        written();
        await beforeCommit?.();
      },
    );
    addCounters(total, counters);
    plans.forEach(onWritten);
    committed += statementsIn(plans);
  };

  const spool = new PlanSpool(options.tempDir);
  const parts = new OverlappingParts();
  const validity = deferred<void>();
  const whenValid = () => validity.promise;
  let writtenEarly = 0;
  const writeEarly = (plans: WritePlan[]) => {
    if (!plans.length || run.issues().length) return;
    writtenEarly += 1;
    // Not awaited: validation goes on meanwhile. A failure comes out of parts.finish().
    void settleLater(parts.add(plans, (written) => commit(plans, written, whenValid)));
  };
  try {
    const validation = planAll(db, run, batchSize);
    let part: WritePlan[] = [];
    let size = 0;
    for (;;) {
      const next = await validation.next();
      if (next.done) break;
      // As many parts are written early as may be in flight; the rest waits in the spool.
      if (writtenEarly < OverlappingParts.MAX_IN_FLIGHT) {
        part.push(next.value);
        size += next.value.statements.length;
        if (size >= commitEvery) {
          writeEarly(part);
          part = [];
          size = 0;
        }
      } else {
        spool.add(next.value);
      }
    }
    writeEarly(part);
    const tally = validation.tally;
    if (run.issues().length) throw invalidInput(run.issues());
    validity.resolve();

    const next = (plans: WritePlan[]) => parts.add(plans, (written) => commit(plans, written));
    part = [];
    size = 0;
    for await (const plan of spool.plans()) {
      part.push(plan);
      size += plan.statements.length;
      if (size >= commitEvery) {
        await next(part);
        part = [];
        size = 0;
      }
    }
    if (part.length) await next(part);
    await parts.finish();
    return { tally, counters: total };
  } catch (error) {
    // Whatever stops the run (issues, the spool, the database), nothing is left in flight
    // behind the error; parts written early are rolled back unless all was found valid.
    validity.reject(error);
    await parts.settled();
    throw error;
  } finally {
    spool.dispose();
  }
}

function statementsIn(plans: readonly WritePlan[]): number {
  return plans.reduce((n, plan) => n + plan.statements.length, 0);
}

/** Files and directories (searched recursively for ingestible files), in a stable order. */
export function expandInputs(paths: string[]): IngestInput[] {
  const files: string[] = [];
  for (const p of paths) {
    // A path that does not exist is passed on as a file: reading it reports UNREADABLE_FILE.
    if (statSync(p, { throwIfNoEntry: false })?.isDirectory()) {
      for (const entry of readdirSync(p, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && INGEST_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
          files.push(path.join(entry.parentPath, entry.name));
        }
      }
    } else {
      files.push(p);
    }
  }
  return files.sort().map((file) => ({ file }));
}
