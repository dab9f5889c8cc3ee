import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DiplographError, ErrorCode } from '../errors';

/** The embedded Neo4j's one user; Community edition has no roles to choose from anyway. */
export const LOCAL_USER = 'neo4j';

export function localPasswordFile(dir: string): string {
  return path.join(dir, 'neo4j-password');
}

/**
 * The password the launcher sets on the neo4j user at every start: made at the first start,
 * kept beside the store (owner-only), read by the API and every CLI command, so nobody types it.
 */
export function ensureLocalPassword(dir: string): string {
  const file = localPasswordFile(dir);
  if (existsSync(file)) return readLocalPassword(dir);
  mkdirSync(dir, { recursive: true });
  // 24 random bytes: 192 bits, URL-safe so it survives the Browser connect link unescaped.
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

export function readLocalPassword(dir: string): string {
  const file = localPasswordFile(dir);
  let mode: number;
  let text: string;
  try {
    mode = statSync(file).mode;
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DiplographError(
      ErrorCode.NEO4J_PASSWORD_FILE_INSECURE,
      `cannot read the embedded Neo4j's password file ${file}`,
      { hint: 'it is made at the first start; check its owner', cause: error, details: { file } },
    );
  }
  // Windows has no such bits to check.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new DiplographError(
      ErrorCode.NEO4J_PASSWORD_FILE_INSECURE,
      `${file} can be read by other users (mode ${(mode & 0o777).toString(8)})`,
      {
        hint: `run: chmod 600 ${file}  (and, if others may have read it, delete it: a new password is made at the next start)`,
        details: { file },
      },
    );
  }
  return text.trim();
}
