import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { IssueCode } from '../issues';
import { fieldOf, LONE_SURROGATE_MESSAGE, loneSurrogateAt } from './text-policy';
import type { IngestIssue } from '../issues';
import { linesByRead } from './lines';

export interface NdjsonRecord {
  /** Index of the record among the file's records (blank lines skipped). */
  index: number;
  line: number;
  value: unknown;
}

export interface NdjsonChunk {
  records: NdjsonRecord[];
  issues: IngestIssue[];
}

/** An NDJSON source: a file on disk, or bytes already in memory (standard input, the API). */
export type NdjsonSource = { file: string } | { name: string; bytes: Buffer };

/**
 * Reads NDJSON a chunk of `size` records at a time, so memory holds one chunk whatever the
 * size of the file. A BOM and CRLF line ends are accepted; NUL bytes or invalid UTF-8 end the
 * file with BINARY_FILE. Parse errors are issues of their line; reading goes on past them so
 * that every bad line is reported.
 */
export async function* readNdjsonChunks(
  source: NdjsonSource,
  size: number,
): AsyncGenerator<NdjsonChunk> {
  const file = 'file' in source ? source.file : source.name;
  const stream =
    'file' in source
      ? createReadStream(source.file, { highWaterMark: 1 << 16 })
      : Readable.from([source.bytes]);
  let chunk: NdjsonChunk = { records: [], issues: [] };
  let lineNumber = 0;
  let index = 0;
  let sawContent = false;

  const takeLine = (raw: string) => {
    lineNumber += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return;
    sawContent = true;
    try {
      const value = JSON.parse(text) as unknown;
      // Text decoded from UTF-8 holds no lone surrogate: only a \u escape in the line can make one.
      const surrogate = text.includes('\\u') ? loneSurrogateAt(value) : undefined;
      if (surrogate)
        chunk.issues.push({
          code: IssueCode.PARSE_ERROR,
          file,
          record: `statements[${index}]`,
          line: lineNumber,
          field: fieldOf(surrogate),
          message: LONE_SURROGATE_MESSAGE,
        });
      else chunk.records.push({ index, line: lineNumber, value });
    } catch (error) {
      chunk.issues.push({
        code: IssueCode.PARSE_ERROR,
        file,
        record: `statements[${index}]`,
        line: lineNumber,
        message: error instanceof Error ? error.message : 'invalid JSON',
      });
    }
    index += 1;
  };
  const fail = (code: IssueCode, message: string): NdjsonChunk => ({
    records: [],
    issues: [{ code, file, message, ...(lineNumber ? { line: lineNumber + 1 } : {}) }],
  });

  try {
    for await (const lines of linesByRead(stream as AsyncIterable<Buffer>)) {
      for (const bytes of lines) {
        if (bytes.includes(0) || !isUtf8(bytes)) {
          yield fail(IssueCode.BINARY_FILE, 'not UTF-8 text (a binary file?)');
          return;
        }
        const text = bytes.toString('utf8');
        // A BOM is accepted at the start of the file, not of every line.
        takeLine(lineNumber === 0 && text.startsWith('\uFEFF') ? text.slice(1) : text);
        if (chunk.records.length >= size) {
          yield chunk;
          chunk = { records: [], issues: [] };
        }
      }
    }
  } catch (error) {
    // A missing or unreadable file is a problem of the input, reported with the others.
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    yield fail(IssueCode.UNREADABLE_FILE, `cannot read the file (${code})`);
    return;
  }
  if (!sawContent && chunk.issues.length === 0) {
    yield fail(IssueCode.EMPTY_FILE, 'the file is empty');
    return;
  }
  if (chunk.records.length || chunk.issues.length) yield chunk;
}

/**
 * Counts the records of an NDJSON file without parsing them (for progress and its ETA): lines
 * that hold anything but white space. One pass over the bytes, constant memory.
 */
export async function countNdjsonRecords(source: NdjsonSource): Promise<number> {
  const stream =
    'file' in source
      ? createReadStream(source.file, { highWaterMark: 1 << 16 })
      : Readable.from([source.bytes]);
  let count = 0;
  let lineHasContent = false;
  try {
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      for (const byte of bytes) {
        if (byte === 0x0a) {
          if (lineHasContent) count += 1;
          lineHasContent = false;
        } else if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) lineHasContent = true;
      }
    }
  } catch {
    return 0; // the reading pass reports why
  }
  return lineHasContent ? count + 1 : count;
}
