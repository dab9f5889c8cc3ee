import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { DiplographError, ErrorCode } from '../errors';

/** `ingest` implies `read`: a client that may write may also look at what it wrote. */
export type Role = 'read' | 'ingest';

export const ROLES: readonly Role[] = ['read', 'ingest'];

export interface ApiKeyEntry {
  name: string;
  role: Role;
  /** `sha256:` and 64 lowercase hex digits; the key itself is never kept. */
  hash: string;
}

export interface ApiKeyIdentity {
  name: string;
  role: Role;
}

/** 24 characters of a random generator are well beyond guessing, even at API request rates. */
export const MIN_API_KEY_LENGTH = 24;

const ENV_VARIABLE = 'DIPLOGRAPH_API_KEYS';
const FILE_VARIABLE = 'DIPLOGRAPH_API_KEYS_FILE';

// Names end up in logs and error messages, so they are kept to characters that need no quoting.
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const NAME_RULE =
  'the name must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit';
const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/i;
const HASH_RULE = 'sha256: followed by 64 hex digits';
// Visible ASCII only: HTTP clients and Node disagree on how other bytes in a header are encoded,
// so such a key could hash differently on the way in than it did when it was configured.
const KEY_CHARACTERS = /^[\x21-\x7e]+$/;
const KEY_CHARACTERS_RULE = 'printable ASCII without spaces';
const ROLE_RULE = 'the role must be read or ingest';
const ROLE_RANK: Record<Role, number> = { read: 1, ingest: 2 };

// Field names an operator might use to put the key itself in a file; named in the refusal.
const PLAIN_KEY_FIELDS = new Set(['key', 'secret', 'apikey', 'api_key', 'token', 'value']);

/**
 * Why a key is unusable, or undefined if it is fine. The reasons never quote the key, and
 * not its length either: error messages reach logs that more people read than the config.
 */
function keyProblem(secret: string): string | undefined {
  if (secret.length < MIN_API_KEY_LENGTH)
    return `the key is shorter than ${MIN_API_KEY_LENGTH} characters`;
  if (!KEY_CHARACTERS.test(secret)) return `the key must be ${KEY_CHARACTERS_RULE}`;
  return undefined;
}

function digestHex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The form in which a key is configured: `sha256:` and the hex SHA-256 of its UTF-8 bytes. */
export function hashApiKey(secret: string): string {
  const problem = keyProblem(secret);
  if (problem !== undefined) {
    throw new DiplographError(ErrorCode.CONFIG_INVALID, `unusable API key: ${problem}`, {
      hint: 'generate a key with `openssl rand -hex 32` (docs/api-keys.md)',
    });
  }
  return `sha256:${digestHex(secret)}`;
}

function invalid(what: string, problems: string[], hint: string, details: Record<string, unknown>) {
  return new DiplographError(ErrorCode.CONFIG_INVALID, `invalid ${what}: ${problems.join('; ')}`, {
    hint,
    details: { ...details, problems },
  });
}

/**
 * Parses `DIPLOGRAPH_API_KEYS`: `name:role:key` entries separated by commas, the key either
 * itself (hashed here, then dropped) or already `sha256:<hex>`. Entries are numbered from 1 in
 * errors. Errors never show an entry's content: an entry written in the wrong order would
 * otherwise put the key in the message.
 */
export function parseApiKeysEnv(value: string): ApiKeyEntry[] {
  const entries: ApiKeyEntry[] = [];
  const problems: string[] = [];
  value.split(',').forEach((raw, index) => {
    const text = raw.trim();
    // Blank entries are allowed so that a list may end with a comma or span lines.
    if (text === '') return;
    const at = `entry ${index + 1}`;
    const first = text.indexOf(':');
    const second = first < 0 ? -1 : text.indexOf(':', first + 1);
    if (second < 0) {
      problems.push(`${at}: expected name:role:key`);
      return;
    }
    const name = text.slice(0, first).trim();
    const role = text.slice(first + 1, second).trim();
    // Everything after the second colon, so that a key may itself contain colons.
    const secret = text.slice(second + 1).trim();
    const entryProblems: string[] = [];
    if (!NAME_PATTERN.test(name)) entryProblems.push(name === '' ? 'the name is empty' : NAME_RULE);
    if (!isRole(role)) entryProblems.push(ROLE_RULE);
    let hash: string | undefined;
    if (secret === '') {
      entryProblems.push('the key is empty');
    } else if (/^sha256:/i.test(secret)) {
      // A mistyped hash must not be taken for a key: the hash text would then open the API.
      if (HASH_PATTERN.test(secret)) hash = secret.toLowerCase();
      else entryProblems.push(`the key starts with sha256: but is not ${HASH_RULE}`);
    } else {
      const problem = keyProblem(secret);
      if (problem === undefined) hash = `sha256:${digestHex(secret)}`;
      else entryProblems.push(problem);
    }
    if (entryProblems.length > 0 || hash === undefined || !isRole(role)) {
      problems.push(...entryProblems.map((problem) => `${at}: ${problem}`));
      return;
    }
    entries.push({ name, role, hash });
  });
  if (problems.length > 0) {
    throw invalid(
      ENV_VARIABLE,
      problems,
      `${ENV_VARIABLE} is a comma-separated list of name:role:key, role read or ingest, key at least ${MIN_API_KEY_LENGTH} characters or its ${HASH_RULE} (docs/api-keys.md)`,
      { variable: ENV_VARIABLE },
    );
  }
  return entries;
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

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

interface StoredKey extends ApiKeyIdentity {
  digest: Buffer;
}

/** The configured keys, by hash only, and the check of a key a request presents. */
export class ApiKeyStore {
  readonly #keys: readonly StoredKey[];

  /** Throws CONFIG_INVALID for a malformed entry, a name used twice or a key given twice. */
  constructor(entries: readonly ApiKeyEntry[]) {
    const problems: string[] = [];
    const names = new Set<string>();
    const byHash = new Map<string, string>();
    const keys: StoredKey[] = [];
    entries.forEach((entry, index) => {
      const at = `entry ${index + 1}`;
      // Entries may be built by hand rather than by the parsers above; check them the same way.
      const entryProblems = [
        NAME_PATTERN.test(entry.name) ? undefined : NAME_RULE,
        isRole(entry.role) ? undefined : ROLE_RULE,
        HASH_PATTERN.test(entry.hash) ? undefined : `the hash must be ${HASH_RULE}`,
      ].filter((problem): problem is string => problem !== undefined);
      if (entryProblems.length > 0) {
        problems.push(...entryProblems.map((problem) => `${at}: ${problem}`));
        return;
      }
      const hash = entry.hash.toLowerCase();
      // Named rather than numbered: entries may come from the environment and a file together,
      // where a position in the combined list would mean nothing to the operator.
      if (names.has(entry.name)) problems.push(`two keys are named "${entry.name}"`);
      else names.add(entry.name);
      const sameKey = byHash.get(hash);
      if (sameKey !== undefined) {
        // One key under two names would make it unclear which name a request acts as.
        problems.push(`"${sameKey}" and "${entry.name}" are the same key`);
      } else {
        byHash.set(hash, entry.name);
      }
      keys.push({
        name: entry.name,
        role: entry.role,
        digest: Buffer.from(hash.slice('sha256:'.length), 'hex'),
      });
    });
    if (problems.length > 0) {
      throw invalid(
        'API keys',
        problems,
        'give each key its own name, and each name its own key (docs/api-keys.md)',
        {},
      );
    }
    this.#keys = keys;
  }

  get size(): number {
    return this.#keys.length;
  }

  /** Who a presented key belongs to, or undefined for no key or a key that is not configured. */
  authenticate(presented: string | undefined): ApiKeyIdentity | undefined {
    if (presented === undefined || presented === '') return undefined;
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let match: StoredKey | undefined;
    for (const key of this.#keys) {
      // No early exit: a request takes as long whichever key, if any, it matches, so timing
      // does not tell an attacker how close a guess came or where a key sits in the list.
      if (timingSafeEqual(digest, key.digest)) match = key;
    }
    return match === undefined ? undefined : { name: match.name, role: match.role };
  }
}

type Headers = Record<string, string | string[] | undefined>;

/**
 * The key a request presents: `Authorization: Bearer <key>` (scheme in any case), otherwise
 * `X-API-Key: <key>`. A header given more than once with different values counts as absent,
 * as does a value with spaces inside: a request that is ambiguous about who it is gets no one.
 */
export function keyFromHeaders(headers: Headers): string | undefined {
  const authorization = singleHeader(headers, 'authorization');
  if (authorization !== undefined) {
    const bearer = /^bearer\s+(\S+)$/i.exec(authorization);
    if (bearer?.[1] !== undefined) return bearer[1];
  }
  const apiKey = singleHeader(headers, 'x-api-key');
  return apiKey !== undefined && !/\s/.test(apiKey) ? apiKey : undefined;
}

/** Header names are case-insensitive; Node lowercases them, but callers and tests may not. */
function singleHeader(headers: Headers, name: string): string | undefined {
  const values = new Set<string>();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      const trimmed = one.trim();
      if (trimmed !== '') values.add(trimmed);
    }
  }
  if (values.size !== 1) return undefined;
  const [only] = values;
  return only;
}

/**
 * Whether a client with `role` (undefined: no valid key) may do what needs `needed`. Open
 * reads are the caller's decision: without a key this is always false.
 */
export function can(role: Role | undefined, needed: Role): boolean {
  if (role === undefined || !isRole(role)) return false;
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}
