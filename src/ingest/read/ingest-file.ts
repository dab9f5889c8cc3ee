import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { IssueCode } from '../issues';
import type { IngestIssue } from '../issues';
import { MAX_NESTING, tooDeep } from './nesting';
import { fieldOf, LONE_SURROGATE_MESSAGE, loneSurrogateAt } from './text-policy';

export type Location = { line: number; column: number } | undefined;

/** One parsed document: its value, and a way back from a path in it to a line in the file. */
export interface ParsedFile {
  file: string;
  value: unknown;
  locate: (path: (string | number)[]) => Location;
}

export type ReadResult = { ok: true; parsed: ParsedFile } | { ok: false; issues: IngestIssue[] };

/** Alias uses a YAML document may expand (the yaml package's own guard against bombs). */
const MAX_ALIASES = 100;

const DOCUMENT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);
export const INGEST_EXTENSIONS = [...DOCUMENT_EXTENSIONS, ...NDJSON_EXTENSIONS];

/** Documents are read whole; NDJSON (large feeds) is streamed (ndjson-stream.ts). */
export function inputKind(file: string): 'document' | 'ndjson' | undefined {
  const extension = path.extname(file).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(extension)) return 'document';
  if (NDJSON_EXTENSIONS.has(extension)) return 'ndjson';
  return undefined;
}

export function unsupportedFile(file: string): IngestIssue {
  return {
    code: IssueCode.UNSUPPORTED_FILE,
    file,
    message: `expected one of ${INGEST_EXTENSIONS.join(', ')}`,
  };
}

/**
 * Reads a YAML or JSON document. JSON goes through the YAML parser too (JSON is YAML 1.2),
 * which gives line numbers for every value. A BOM and CRLF line ends are accepted; NUL bytes
 * or invalid UTF-8 mean a binary file.
 */
export function readIngestFile(file: string, given?: Buffer): ReadResult {
  const extension = path.extname(file).toLowerCase();
  const fail = (code: IssueCode, message: string, line?: number, column?: number): ReadResult => ({
    ok: false,
    issues: [{ code, file, message, ...(line ? { line } : {}), ...(column ? { column } : {}) }],
  });
  if (inputKind(file) !== 'document') return { ok: false, issues: [unsupportedFile(file)] };
  let bytes: Buffer;
  try {
    bytes = given ?? readFileSync(file);
  } catch (error) {
    // A missing or unreadable file is a problem of the input, reported with the others.
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return fail(IssueCode.UNREADABLE_FILE, `cannot read the file (${code})`);
  }
  const text = decode(bytes);
  if (text === undefined) return fail(IssueCode.BINARY_FILE, 'not UTF-8 text (a binary file?)');
  if (text.trim() === '') return fail(IssueCode.EMPTY_FILE, 'the file is empty');

  const deep = tooDeep(text);
  if (deep)
    return fail(
      IssueCode.PARSE_ERROR,
      `lists and maps nest deeper than ${MAX_NESTING} levels (the format needs 4)`,
      deep.line,
      deep.column,
    );

  // YAML accepts what JSON does not (trailing commas, comments): hold .json files to JSON.
  if (extension === '.json') {
    const jsonError = strictJsonError(text);
    if (jsonError)
      return fail(IssueCode.PARSE_ERROR, jsonError.message, jsonError.line, jsonError.column);
  }

  return parseText(file, text);
}

/** The parsed document, or its issues: YAML syntax, alias bombs, lone surrogates. */
function parseText(file: string, text: string): ReadResult {
  const fail = (message: string, line?: number, column?: number, field?: string): ReadResult => ({
    ok: false,
    issues: [
      {
        code: IssueCode.PARSE_ERROR,
        file,
        message,
        ...(line ? { line } : {}),
        ...(column ? { column } : {}),
        ...(field ? { field } : {}),
      },
    ],
  });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return {
          code: IssueCode.PARSE_ERROR,
          file,
          line: pos.line,
          column: pos.col,
          message: firstLine(error.message),
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // The yaml package refuses aliases that expand past the count (a "billion laughs" bomb).
    if (!(error instanceof ReferenceError)) throw error;
    return fail(
      /Excessive alias count/.test(error.message)
        ? `aliases expand too far (more than ${MAX_ALIASES} alias uses); write the values out`
        : firstLine(error.message),
    );
  }
  const locate = (fieldPath: (string | number)[]): Location => {
    const node = deepestNode(doc.contents, fieldPath);
    if (!node?.range) return undefined;
    const pos = lineCounter.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  };
  const surrogate = loneSurrogateAt(value);
  if (surrogate) {
    const at = locate(surrogate);
    return fail(LONE_SURROGATE_MESSAGE, at?.line, at?.column, fieldOf(surrogate));
  }
  return { ok: true, parsed: { file, value, locate } };
}

function strictJsonError(
  text: string,
): { message: string; line?: number; column?: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : 'invalid JSON';
    const position = /at position (\d+)/.exec(message);
    if (!position) return { message };
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return { message, line, column: Number(position[1]) - before.lastIndexOf('\n') };
  }
}

function decode(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    return undefined;
  }
}

function deepestNode(root: unknown, fieldPath: (string | number)[]): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  for (const key of fieldPath) {
    let next: unknown;
    if (isMap(node)) next = node.get(key, true);
    else if (isSeq(node)) next = node.get(key, true);
    if (next === undefined || next === null) break;
    node = next as YamlNode;
  }
  return node;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
