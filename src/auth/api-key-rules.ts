import { createHash } from 'node:crypto';
import { DiplographError, ErrorCode } from '../errors';

/**
 * What makes an API key, a name and a role acceptable, wherever keys come from (the environment,
 * a file, code), and what a role allows.
 */

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

// Names end up in logs and error messages, so they are kept to characters that need no quoting.
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const NAME_RULE =
  'the name must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit';
export const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/i;
export const HASH_RULE = 'sha256: followed by 64 hex digits';
// Visible ASCII only: HTTP clients and Node disagree on how other bytes in a header are encoded,
// so such a key could hash differently on the way in than it did when it was configured.
const KEY_CHARACTERS = /^[\x21-\x7e]+$/;
const KEY_CHARACTERS_RULE = 'printable ASCII without spaces';
export const ROLE_RULE = 'the role must be read or ingest';
const ROLE_RANK: Record<Role, number> = { read: 1, ingest: 2 };

/**
 * Why a key is unusable, or undefined if it is fine. The reasons never quote the key, and
 * not its length either: error messages reach logs that more people read than the config.
 */
export function keyProblem(secret: string): string | undefined {
  if (secret.length < MIN_API_KEY_LENGTH)
    return `the key is shorter than ${MIN_API_KEY_LENGTH} characters`;
  if (!KEY_CHARACTERS.test(secret)) return `the key must be ${KEY_CHARACTERS_RULE}`;
  return undefined;
}

export function digestHex(secret: string): string {
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

export function invalid(
  what: string,
  problems: string[],
  hint: string,
  details: Record<string, unknown>,
) {
  return new DiplographError(ErrorCode.CONFIG_INVALID, `invalid ${what}: ${problems.join('; ')}`, {
    hint,
    details: { ...details, problems },
  });
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What is wrong with an entry's name, role and hash; none for a well-formed entry. */
export function entryProblems(entry: ApiKeyEntry): string[] {
  return [
    NAME_PATTERN.test(entry.name) ? undefined : NAME_RULE,
    isRole(entry.role) ? undefined : ROLE_RULE,
    HASH_PATTERN.test(entry.hash) ? undefined : `the hash must be ${HASH_RULE}`,
  ].filter((problem): problem is string => problem !== undefined);
}

/**
 * Whether a client with `role` (undefined: no valid key) may do what needs `needed`. Open
 * reads are the caller's decision: without a key this is always false.
 */
export function can(role: Role | undefined, needed: Role): boolean {
  if (role === undefined || !isRole(role)) return false;
  return ROLE_RANK[role] >= ROLE_RANK[needed];
}
