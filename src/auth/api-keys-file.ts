import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import {
  HASH_PATTERN,
  HASH_RULE,
  NAME_PATTERN,
  NAME_RULE,
  ROLE_RULE,
  invalid,
} from './api-key-rules';
import type { ApiKeyEntry } from './api-key-rules';

const FILE_VARIABLE = 'DIPLOGRAPH_API_KEYS_FILE';

// Field names an operator might use to put the key itself in a file; named in the refusal.
const PLAIN_KEY_FIELDS = new Set(['key', 'secret', 'apikey', 'api_key', 'token', 'value']);

type FileIssue = z.core.$ZodRawIssue;

const fileEntrySchema = z.strictObject(
  {
    name: z.string().regex(NAME_PATTERN),
    role: z.enum(['read', 'ingest']),
    hash: z.string().regex(HASH_PATTERN),
  },
  {
    error: (issue: FileIssue) => {
      if (issue.code === 'unrecognized_keys') {
        const plain = issue.keys.filter((key) => PLAIN_KEY_FIELDS.has(key.toLowerCase()));
        if (plain.length > 0) {
          return `a key itself (field ${plain.map((key) => `"${key}"`).join(', ')}) is not allowed in a file: give its hash as "hash"`;
        }
        // Other field names are not quoted: a key pasted as a field name would end up in logs.
        return 'an entry has only the fields name, role and hash';
      }
      if (issue.code === 'invalid_type') return 'expected an object with name, role and hash';
      return undefined;
    },
  },
);

const fileSchema = z.strictObject(
  { keys: z.array(fileEntrySchema, { error: 'keys must be a list of { name, role, hash }' }) },
  { error: 'expected an object with a single field keys: a list of { name, role, hash }' },
);

/** A problem in the file, worded without the value at fault. */
function describeFileIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const [top, index, field] = issue.path;
  if (top === 'keys' && index === undefined && isMissing(data, undefined, 'keys')) {
    return 'keys is missing: expected a list of { name, role, hash }';
  }
  if (top !== 'keys' || typeof index !== 'number') return issue.message;
  const entryName = nameAt(data, index);
  const at = `entry ${index + 1}${entryName === undefined ? '' : ` ("${entryName}")`}`;
  if (field === undefined) return `${at}: ${issue.message}`;
  if (isMissing(data, index, field)) return `${at}: ${String(field)} is missing`;
  switch (field) {
    case 'name':
      return `${at}: ${NAME_RULE}`;
    case 'role':
      return `${at}: ${ROLE_RULE}`;
    case 'hash':
      return `${at}: the hash must be ${HASH_RULE} (a file holds only hashes, never the keys themselves)`;
    default:
      return `${at}: ${issue.message}`;
  }
}

function entryAt(data: unknown, index: number): Record<string, unknown> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const keys = (data as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) return undefined;
  const entry: unknown = keys[index];
  return typeof entry === 'object' && entry !== null
    ? (entry as Record<string, unknown>)
    : undefined;
}

function nameAt(data: unknown, index: number): string | undefined {
  const name = entryAt(data, index)?.name;
  return typeof name === 'string' && NAME_PATTERN.test(name) ? name : undefined;
}

/** Whether `field` is absent from entry `index`, or from the top level if index is undefined. */
function isMissing(data: unknown, index: number | undefined, field: PropertyKey): boolean {
  const holder =
    index === undefined
      ? typeof data === 'object' && data !== null
        ? (data as Record<string, unknown>)
        : undefined
      : entryAt(data, index);
  return holder !== undefined && holder[String(field)] === undefined;
}

/**
 * Reads `DIPLOGRAPH_API_KEYS_FILE`: JSON or YAML (JSON goes through the YAML parser, of which
 * it is a subset), `{ keys: [{ name, role, hash }] }`. A file only ever holds hashes, so that
 * it can be versioned or shared with less care than the keys.
 */
export function loadApiKeysFile(path: string): ApiKeyEntry[] {
  const what = `API keys file ${path}`;
  const hint = `${FILE_VARIABLE} names a JSON or YAML file { keys: [{ name, role, hash }] } (docs/api-keys.md)`;
  const fail = (problem: string) => invalid(what, [problem], hint, { file: path });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw fail(`cannot read the file (${code})`);
  }
  if (text.trim() === '') throw fail('the file is empty');

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Positions only: parser messages can quote the offending text, which may be a key.
    const problems = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return `not valid JSON or YAML (${error.code}) at line ${line}, column ${col}`;
    });
    throw invalid(what, problems, hint, { file: path });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch {
    throw fail('the file cannot be turned into data (too many aliases?)');
  }

  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => describeFileIssue(issue, data));
    throw invalid(what, problems, hint, { file: path });
  }
  return parsed.data.keys.map(({ name, role, hash }) => ({
    name,
    role,
    hash: hash.toLowerCase(),
  }));
}
