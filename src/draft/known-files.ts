import { invalidInput } from '../ingest/issues';
import type { IngestDocument } from '../ingest/format';
import { readIngestFile } from '../ingest/read/ingest-file';
import { checkStructure } from '../ingest/validate/structure';
import type { Directory } from './directory';
import { directoryOf } from './directory';

/**
 * Ingestion files a draft also resolves names against (`draft --with FILE`): their actors,
 * places, topics and positions, and the cues of their position types. Each is checked against
 * the format as ingestion checks it; a problem is INGEST_INVALID naming file, record and field.
 */
export function readKnownFiles(files: readonly string[]): IngestDocument[] {
  const documents: IngestDocument[] = [];
  for (const file of files) {
    const read = readIngestFile(file);
    if (!read.ok) throw invalidInput(read.issues);
    const checked = checkStructure(read.parsed);
    if (!checked.ok) throw invalidInput(checked.issues);
    documents.push(checked.checked.document);
  }
  return documents;
}

/** The graph's directory with what the files add. */
export function withKnownFiles(base: Directory, files: readonly string[]): Directory {
  return files.length ? directoryOf(readKnownFiles(files), base) : base;
}
