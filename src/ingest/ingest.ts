import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { cypher } from '../neo4j/cypher-files';
import type { Database } from '../neo4j/database';
import { invalidInput } from './issues';
import type { IngestIssue } from './issues';
import { INGEST_EXTENSIONS, readIngestFile } from './read/ingest-file';
import { BatchResolver, ENTITY_KINDS } from './validate/resolve';
import type { EntityKind } from './validate/resolve';
import { checkStructure } from './validate/structure';
import type { CheckedFile } from './validate/structure';
import type { WritePlan } from './write/rows';
import { writePlan } from './write/writer';
import type { WriteCounters } from './write/writer';

export interface IngestOptions {
  dryRun?: boolean;
  batchSize?: number;
  /** Commit every N statements (large feeds) instead of one transaction for the run. */
  commitEvery?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface IngestReport {
  files: string[];
  statements: number;
  stances: number;
  quotes: number;
  actorsDefined: number;
  positions: number;
  dryRun: boolean;
  counters: WriteCounters | null;
  seconds: number;
}

/** Input as files or as in-memory text (the GraphQL mutation), one code path after parsing. */
export type IngestInput = { file: string } | { name: string; text: string };

export const DEFAULT_BATCH_SIZE = 1000;

/**
 * Validates every input completely (parse, structure, references against the batch and the
 * graph) before writing anything, then writes it in one transaction (or one per
 * `commitEvery` statements). Any problem: an INGEST_INVALID error listing every issue, and
 * nothing written.
 */
export async function ingest(
  db: Database,
  inputs: IngestInput[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const { checked, plan } = await validateInputs(db, inputs);
  const counters = options.dryRun
    ? null
    : await writePlan(db, plan, {
        batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
        ...(options.commitEvery ? { commitEvery: options.commitEvery } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
  return {
    files: checked.map((c) => c.file),
    statements: plan.statements.length,
    stances: plan.stances.length,
    quotes: plan.quotes.length,
    actorsDefined: plan.actors.length,
    positions: plan.positions.length,
    dryRun: options.dryRun === true,
    counters,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

export async function validateInputs(
  db: Database,
  inputs: IngestInput[],
): Promise<{ checked: CheckedFile[]; plan: WritePlan }> {
  const issues: IngestIssue[] = [];
  const checked: CheckedFile[] = [];
  for (const input of inputs) {
    const read =
      'file' in input
        ? readIngestFile(input.file)
        : readIngestFile(input.name, Buffer.from(input.text, 'utf8'));
    if (!read.ok) {
      issues.push(...read.issues);
      continue;
    }
    const structure = checkStructure(read.parsed);
    if (structure.ok) checked.push(structure.checked);
    else issues.push(...structure.issues);
  }
  if (issues.length) throw invalidInput(issues);

  const resolver = new BatchResolver(checked);
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
  const ids = resolver.idsToLookUp();
  const params = Object.fromEntries(ENTITY_KINDS.map((kind) => [`${kind}s`, ids[kind]]));
  const found = await db.read<{ kind: EntityKind; id: string; hash: string | null }>(
    cypher('ingest/catalog-existing.cypher'),
    params,
  );
  const existing = new Map(
    found.records.map((r) => [`${r.get('kind')}:${r.get('id')}`, r.get('hash')]),
  );
  const plan = resolver.plan(existing);
  if (!plan) throw invalidInput(resolver.issues);
  return { checked, plan };
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
