import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IngestIssue } from '../issues';
import { INGEST_EXTENSIONS, inputKind, readIngestFile, unsupportedFile } from './ingest-file';
import type { ParsedFile } from './ingest-file';
import type { NdjsonSource } from './ndjson-stream';

/** Input as files or as in-memory text (stdin, the GraphQL mutation), one code path after. */
export type IngestInput = { file: string } | { name: string; text: string };

/** One input read: a document parsed whole, an NDJSON feed to stream, or why it cannot be read. */
export type ReadInput =
  | { kind: 'document'; parsed: ParsedFile }
  | { kind: 'ndjson'; source: NdjsonSource }
  | { kind: 'unreadable'; issues: IngestIssue[] };

export function nameOf(input: IngestInput): string {
  return 'file' in input ? input.file : input.name;
}

/** Documents are read whole; NDJSON (large feeds) is left to stream chunk by chunk. */
export function readInput(input: IngestInput): ReadInput {
  const name = nameOf(input);
  const kind = inputKind(name);
  if (kind === undefined) return { kind: 'unreadable', issues: [unsupportedFile(name)] };
  if (kind === 'ndjson') {
    const source = 'file' in input ? input : { name, bytes: Buffer.from(input.text, 'utf8') };
    return { kind: 'ndjson', source };
  }
  const read =
    'file' in input
      ? readIngestFile(input.file)
      : readIngestFile(input.name, Buffer.from(input.text, 'utf8'));
  return read.ok
    ? { kind: 'document', parsed: read.parsed }
    : { kind: 'unreadable', issues: read.issues };
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

/**
 * The files inside the given directories that `expandInputs` leaves out (not one of
 * INGEST_EXTENSIONS), so that the CLI can say so instead of skipping them without a word.
 */
export function skippedInDirectories(paths: string[]): string[] {
  const skipped: string[] = [];
  for (const p of paths) {
    if (!statSync(p, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const entry of readdirSync(p, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && !INGEST_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
        skipped.push(path.join(entry.parentPath, entry.name));
    }
  }
  return skipped.sort();
}
