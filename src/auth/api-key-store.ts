import { createHash, timingSafeEqual } from 'node:crypto';
import { entryProblems, invalid } from './api-key-rules';
import type { ApiKeyEntry, ApiKeyIdentity } from './api-key-rules';

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
      // Entries may be built by hand rather than parsed from the environment or a file; check
      // them the same way.
      const problemsOfEntry = entryProblems(entry);
      if (problemsOfEntry.length > 0) {
        problems.push(...problemsOfEntry.map((problem) => `${at}: ${problem}`));
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
