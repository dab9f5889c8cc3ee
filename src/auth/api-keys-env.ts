import {
  HASH_PATTERN,
  HASH_RULE,
  MIN_API_KEY_LENGTH,
  NAME_PATTERN,
  NAME_RULE,
  ROLE_RULE,
  digestHex,
  invalid,
  isRole,
  keyProblem,
} from './api-key-rules';
import type { ApiKeyEntry } from './api-key-rules';

const ENV_VARIABLE = 'DIPLOGRAPH_API_KEYS';

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
