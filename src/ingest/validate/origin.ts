import type { StatementInput } from '../format';
import type { IngestIssue } from '../issues';
import type { Location } from '../read/ingest-file';
import type { NdjsonChunk, NdjsonSource } from '../read/ndjson-stream';
import { checkStatementRecord } from './structure';

/** Where a record comes from: its file, its path there, and how to find its line. */
export interface Origin {
  file: string;
  path: (string | number)[];
  locate: (path: (string | number)[]) => Location;
}

/** A statement read from an NDJSON chunk, with where it comes from. */
export interface ChunkStatement {
  statement: StatementInput;
  origin: Origin;
}

/** The structurally valid statements of an NDJSON chunk; its problems go to `issues`. */
export function checkChunk(
  source: NdjsonSource,
  chunk: NdjsonChunk,
  issues: IngestIssue[],
): ChunkStatement[] {
  const file = 'file' in source ? source.file : source.name;
  issues.push(...chunk.issues);
  const statements: ChunkStatement[] = [];
  for (const record of chunk.records) {
    const checked = checkStatementRecord(file, record);
    if (!checked.ok) issues.push(...checked.issues);
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
