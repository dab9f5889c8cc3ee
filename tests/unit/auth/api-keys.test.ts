import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ApiKeyStore,
  can,
  hashApiKey,
  keyFromHeaders,
  loadApiKeysFile,
  MIN_API_KEY_LENGTH,
  parseApiKeysEnv,
} from '../../../src/auth/api-keys';
import type { ApiKeyEntry, Role } from '../../../src/auth/api-keys';
import { DiplographError } from '../../../src/errors';

// Checked against `printf %s "$KEY" | sha256sum`, the command docs/api-keys.md gives operators.
const KEY = 'diplograph-example-key-0123456789';
const KEY_HASH = 'sha256:038795b5bad6c59732442be7f2ee33757d558c3f81c62fa735d9f730b19048ec';
const OTHER_KEY = 'another-example-key-abcdefghijkl';
// Distinctive, so that a test can tell whether it leaked into a message.
const SECRET = 'TopSecretValueNeverToBeShown42';

function thrown(run: () => unknown): DiplographError {
  try {
    run();
  } catch (error) {
    if (error instanceof DiplographError) return error;
    throw error;
  }
  throw new Error('expected a DiplographError, nothing was thrown');
}

/** Everything about the error a log line or a JSON response could show. */
function everything(error: DiplographError): string {
  return [error.message, error.hint ?? '', JSON.stringify(error.details)].join('\n');
}

describe('hashApiKey', () => {
  it('gives sha256: and the hex SHA-256 of the key, as sha256sum does', () => {
    expect(hashApiKey(KEY)).toBe(KEY_HASH);
  });

  it(`accepts a key of exactly ${MIN_API_KEY_LENGTH} characters`, () => {
    expect(hashApiKey('x'.repeat(MIN_API_KEY_LENGTH))).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    ['shorter than 24 characters', 'x'.repeat(MIN_API_KEY_LENGTH - 1), /shorter than 24/],
    ['empty', '', /shorter than 24/],
    ['with a space inside', 'abcdefghijkl mnopqrstuvwxyz', /printable ASCII/],
    ['not ASCII', 'clé-secrète-0123456789-abcdef', /printable ASCII/],
  ])('refuses a key %s with CONFIG_INVALID, without quoting it', (_label, secret, reason) => {
    const error = thrown(() => hashApiKey(secret));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(reason);
    if (secret !== '') expect(everything(error)).not.toContain(secret);
  });
});

describe('parseApiKeysEnv', () => {
  it('reads name:role:key, keeping only the hash of the key', () => {
    const entries = parseApiKeysEnv(`ci:ingest:${KEY}`);
    expect(entries).toEqual([{ name: 'ci', role: 'ingest', hash: KEY_HASH }]);
    expect(JSON.stringify(entries)).not.toContain(KEY);
  });

  it('reads several entries, with spaces, line breaks and a trailing comma', () => {
    const entries = parseApiKeysEnv(` ci : ingest : ${KEY} ,\n  dashboard:read:${OTHER_KEY},\n`);
    expect(entries).toEqual([
      { name: 'ci', role: 'ingest', hash: KEY_HASH },
      { name: 'dashboard', role: 'read', hash: hashApiKey(OTHER_KEY) },
    ]);
  });

  it('accepts a key already given as its hash, in either case of hex', () => {
    expect(parseApiKeysEnv(`ci:ingest:${KEY_HASH}`)).toEqual([
      { name: 'ci', role: 'ingest', hash: KEY_HASH },
    ]);
    expect(parseApiKeysEnv(`ci:ingest:${KEY_HASH.toUpperCase()}`)).toEqual([
      { name: 'ci', role: 'ingest', hash: KEY_HASH },
    ]);
  });

  it('keeps colons that are part of the key', () => {
    const key = 'part-one:part-two:part-three';
    expect(parseApiKeysEnv(`ops:read:${key}`)).toEqual([
      { name: 'ops', role: 'read', hash: hashApiKey(key) },
    ]);
  });

  it.each(['', '   ', ',', ' , \n ,'])('gives no keys for %j', (value) => {
    expect(parseApiKeysEnv(value)).toEqual([]);
  });

  it.each([
    ['a key alone', SECRET, /entry 1: expected name:role:key/],
    ['no name', `ingest:${SECRET}`, /entry 1: expected name:role:key/],
    ['an unknown role', `ci:admin:${SECRET}`, /entry 1: the role must be read or ingest/],
    ['the role in the wrong case', `ci:INGEST:${SECRET}`, /entry 1: the role must be/],
    ['an empty name', `:read:${SECRET}`, /entry 1: the name is empty/],
    ['a name with a space', `c i:read:${SECRET}`, /entry 1: the name must be/],
    ['an empty key', 'ci:read:', /entry 1: the key is empty/],
    ['a short key', 'ci:read:short-key', /entry 1: the key is shorter than 24 characters/],
    ['a key with a space', `ci:read:${SECRET} ${SECRET}`, /entry 1: the key must be printable/],
    ['a hash cut short', `ci:read:${KEY_HASH.slice(0, -1)}`, /entry 1: .*not sha256: followed/],
    ['a hash not in hex', `ci:read:sha256:${'g'.repeat(64)}`, /entry 1: .*not sha256: followed/],
    ['the key and name swapped', `${SECRET}:ingest:ci`, /entry 1: the key is shorter/],
    ['the role and key swapped', `ci:${SECRET}:ingest`, /entry 1: the role must be/],
  ])('refuses %s, naming the entry and not the key', (_label, value, reason) => {
    const error = thrown(() => parseApiKeysEnv(value));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('DIPLOGRAPH_API_KEYS');
    expect(error.message).toMatch(reason);
    expect(everything(error)).not.toContain(SECRET);
    expect(everything(error)).not.toContain('short-key');
  });

  it('does not show a mistyped hash either: it could be a key that merely starts with sha256:', () => {
    const notAHash = `sha256:${SECRET}`;
    expect(everything(thrown(() => parseApiKeysEnv(`ci:read:${notAHash}`)))).not.toContain(SECRET);
  });

  it('reports every problem at once, numbering entries by their place in the list', () => {
    const error = thrown(() =>
      parseApiKeysEnv(`ok:read:${KEY}, , bad:admin:${SECRET},worse:read:tiny`),
    );
    expect(error.details).toEqual({
      variable: 'DIPLOGRAPH_API_KEYS',
      problems: [
        'entry 3: the role must be read or ingest',
        'entry 4: the key is shorter than 24 characters',
      ],
    });
    expect(error.hint).toContain('name:role:key');
    expect(everything(error)).not.toContain(SECRET);
  });
});

describe('loadApiKeysFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-api-keys-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  let counter = 0;
  function file(content: string, extension = '.yaml'): string {
    counter += 1;
    const target = path.join(dir, `keys-${counter}${extension}`);
    fs.writeFileSync(target, content);
    return target;
  }

  function refusal(content: string, extension?: string): DiplographError {
    const target = file(content, extension);
    const error = thrown(() => loadApiKeysFile(target));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(target);
    expect(error.details).toMatchObject({ file: target });
    expect(everything(error)).not.toContain(SECRET);
    return error;
  }

  const otherHash = hashApiKey(OTHER_KEY);

  it('reads a YAML file of hashed keys', () => {
    const target = file(
      [
        '# keys for the staging server',
        'keys:',
        '  - name: ci',
        '    role: ingest',
        `    hash: ${KEY_HASH}`,
        '  - name: dashboard',
        '    role: read',
        `    hash: "${otherHash}"`,
      ].join('\n'),
    );
    expect(loadApiKeysFile(target)).toEqual([
      { name: 'ci', role: 'ingest', hash: KEY_HASH },
      { name: 'dashboard', role: 'read', hash: otherHash },
    ]);
  });

  it('reads the same as JSON, and a file without an extension', () => {
    const content = { keys: [{ name: 'ci', role: 'ingest', hash: KEY_HASH }] };
    const expected = [{ name: 'ci', role: 'ingest', hash: KEY_HASH }];
    expect(loadApiKeysFile(file(JSON.stringify(content), '.json'))).toEqual(expected);
    // Tab indentation, which YAML forbids in block style but allows in JSON's flow style.
    const tabbed = JSON.stringify(content, null, '\t');
    expect(loadApiKeysFile(file(tabbed, ''))).toEqual(expected);
  });

  it('lowercases hex given in capitals, and accepts an empty list', () => {
    const upper = `keys:\n  - { name: ci, role: read, hash: "sha256:${KEY_HASH.slice(7).toUpperCase()}" }\n`;
    expect(loadApiKeysFile(file(upper))).toEqual([{ name: 'ci', role: 'read', hash: KEY_HASH }]);
    expect(loadApiKeysFile(file('keys: []\n'))).toEqual([]);
  });

  it('refuses a plain key given as the hash, naming the entry', () => {
    const error = refusal(
      [
        'keys:',
        `  - { name: ok, role: read, hash: "${KEY_HASH}" }`,
        `  - { name: ci, role: ingest, hash: ${SECRET} }`,
      ].join('\n'),
    );
    expect(error.message).toContain('entry 2 ("ci"): the hash must be sha256: followed by');
    expect(error.message).toContain('never the keys themselves');
  });

  it.each(['secret', 'key', 'apiKey', 'token'])(
    'refuses a plain key in a field %j, naming the entry and the field',
    (field) => {
      const error = refusal(
        `keys:\n  - { name: ci, role: ingest, hash: "${KEY_HASH}", ${field}: ${SECRET} }\n`,
      );
      expect(error.message).toContain(`entry 1 ("ci"): a key itself (field "${field}")`);
    },
  );

  it('refuses a plain key in place of the hash field', () => {
    const error = refusal(`keys:\n  - { name: ci, role: ingest, secret: ${SECRET} }\n`);
    expect(error.message).toContain('entry 1 ("ci"): hash is missing');
    expect(error.message).toContain('a key itself (field "secret")');
  });

  it('refuses other fields without quoting their names, which could be pasted keys', () => {
    const error = refusal(
      `keys:\n  - { name: ci, role: read, hash: "${KEY_HASH}", ${SECRET}: x }\n`,
    );
    expect(error.message).toContain('entry 1 ("ci"): an entry has only the fields');
  });

  it.each([
    ['a missing role', `{ name: ci, hash: "${KEY_HASH}" }`, 'entry 1 ("ci"): role is missing'],
    ['an unknown role', `{ name: ci, role: admin, hash: "${KEY_HASH}" }`, 'the role must be'],
    ['a bad name', `{ name: "c i", role: read, hash: "${KEY_HASH}" }`, 'entry 1: the name must'],
    ['a name that is no string', `{ name: 7, role: read, hash: "${KEY_HASH}" }`, 'the name must'],
    ['an entry that is no object', `"ci:ingest:${SECRET}"`, 'entry 1: expected an object'],
  ])('refuses %s', (_label, entry, expected) => {
    expect(refusal(`keys:\n  - ${entry}\n`).message).toContain(expected);
  });

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['a list at the top', '- a\n', 'expected an object with a single field keys'],
    ['no keys field', 'other: 1\n', 'keys is missing'],
    ['keys that are no list', 'keys: 3\n', 'keys must be a list'],
    ['an extra top-level field', 'keys: []\nversion: 2\n', 'a single field keys'],
    ['a field given twice', 'keys: []\nkeys: []\n', '(DUPLICATE_KEY) at line 2'],
    ['broken YAML', `keys:\n  - name: "${SECRET}\n`, 'not valid JSON or YAML'],
  ])('refuses %s', (_label, content, expected) => {
    expect(refusal(content).message).toContain(expected);
  });

  it('refuses broken JSON with a position and without its text', () => {
    const error = refusal(`{"keys": [{"name": "ci", "hash": ${SECRET}}`, '.json');
    expect(error.message).toMatch(/not valid JSON or YAML \(\w+\) at line 1, column \d+/);
  });

  it('refuses a file that cannot be read, naming it and the reason', () => {
    const missing = path.join(dir, 'missing.yaml');
    const error = thrown(() => loadApiKeysFile(missing));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(missing);
    expect(error.message).toContain('ENOENT');
    expect(error.hint).toContain('DIPLOGRAPH_API_KEYS_FILE');
  });

  it('reports every problem in the file at once', () => {
    const error = refusal(
      [
        'keys:',
        `  - { name: a, role: boss, hash: "${KEY_HASH}" }`,
        `  - { name: b, role: read, hash: ${SECRET} }`,
      ].join('\n'),
    );
    expect(error.details['problems']).toEqual([
      'entry 1 ("a"): the role must be read or ingest',
      expect.stringContaining('entry 2 ("b"): the hash must be'),
    ]);
  });
});

describe('ApiKeyStore', () => {
  const entries: ApiKeyEntry[] = [
    { name: 'ci', role: 'ingest', hash: KEY_HASH },
    { name: 'dashboard', role: 'read', hash: hashApiKey(OTHER_KEY) },
  ];

  it('tells who a configured key belongs to', () => {
    const store = new ApiKeyStore(entries);
    expect(store.size).toBe(2);
    expect(store.authenticate(KEY)).toEqual({ name: 'ci', role: 'ingest' });
    expect(store.authenticate(OTHER_KEY)).toEqual({ name: 'dashboard', role: 'read' });
  });

  it.each([
    ['no key', undefined],
    ['an empty key', ''],
    ['a wrong key', 'not-a-configured-key-0123456789'],
    ['a key differing in case', KEY.toUpperCase()],
    ['a key with a character more', `${KEY}x`],
    ['the hash of a key instead of the key', KEY_HASH],
    ['the hex of the hash of a key', KEY_HASH.slice('sha256:'.length)],
  ])('knows no one for %s', (_label, presented) => {
    expect(new ApiKeyStore(entries).authenticate(presented)).toBeUndefined();
  });

  it('knows no one when no keys are configured', () => {
    const store = new ApiKeyStore([]);
    expect(store.size).toBe(0);
    expect(store.authenticate(KEY)).toBeUndefined();
  });

  it('compares against every stored hash in constant time, even after a match', () => {
    const many: ApiKeyEntry[] = Array.from({ length: 5 }, (_, index) => ({
      name: `key-${index}`,
      role: 'read',
      hash: hashApiKey(`generated-example-key-number-${index}`),
    }));
    const store = new ApiKeyStore(many);
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    try {
      expect(store.authenticate('generated-example-key-number-0')).toEqual({
        name: 'key-0',
        role: 'read',
      });
      expect(spy).toHaveBeenCalledTimes(5);
      spy.mockClear();
      expect(store.authenticate('generated-example-key-number-4')?.name).toBe('key-4');
      expect(store.authenticate('wrong-example-key-0123456789')).toBeUndefined();
      expect(spy).toHaveBeenCalledTimes(10);
    } finally {
      spy.mockRestore();
    }
  });

  it('hands out neither the hash nor its own state', () => {
    const store = new ApiKeyStore(entries);
    const who = store.authenticate(KEY);
    expect(Object.keys(who ?? {}).sort()).toEqual(['name', 'role']);
    if (who) who.role = 'read';
    expect(store.authenticate(KEY)?.role).toBe('ingest');
  });

  it('accepts hashes in capitals, as the parsers would have lowercased them', () => {
    const store = new ApiKeyStore([{ name: 'ci', role: 'ingest', hash: KEY_HASH.toUpperCase() }]);
    expect(store.authenticate(KEY)?.name).toBe('ci');
  });

  it('works with entries from the environment and a file together', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-api-keys-'));
    try {
      const target = path.join(dir, 'keys.yml');
      fs.writeFileSync(target, `keys:\n  - { name: ci, role: ingest, hash: "${KEY_HASH}" }\n`);
      const store = new ApiKeyStore([
        ...parseApiKeysEnv(`dashboard:read:${OTHER_KEY}`),
        ...loadApiKeysFile(target),
      ]);
      expect(store.authenticate(KEY)).toEqual({ name: 'ci', role: 'ingest' });
      expect(store.authenticate(OTHER_KEY)).toEqual({ name: 'dashboard', role: 'read' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a name used twice', () => {
    const error = thrown(
      () =>
        new ApiKeyStore([
          { name: 'ci', role: 'ingest', hash: KEY_HASH },
          { name: 'ci', role: 'read', hash: hashApiKey(OTHER_KEY) },
        ]),
    );
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('two keys are named "ci"');
  });

  it('refuses one key under two names, whether given plain or hashed', () => {
    const error = thrown(
      () =>
        new ApiKeyStore([
          ...parseApiKeysEnv(`ci:ingest:${KEY}`),
          { name: 'backup', role: 'read', hash: KEY_HASH.toUpperCase() },
        ]),
    );
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('"ci" and "backup" are the same key');
    expect(everything(error)).not.toContain(KEY);
  });

  it.each<[string, ApiKeyEntry, string]>([
    ['a hash that is no hash', { name: 'ci', role: 'read', hash: SECRET }, 'the hash must be'],
    ['an unknown role', { name: 'ci', role: 'admin' as Role, hash: KEY_HASH }, 'the role must'],
    ['a bad name', { name: '', role: 'read', hash: KEY_HASH }, 'the name must'],
  ])('refuses an entry built by hand with %s', (_label, entry, expected) => {
    const error = thrown(() => new ApiKeyStore([entry]));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(`entry 1: ${expected}`);
    expect(everything(error)).not.toContain(SECRET);
  });
});

describe('keyFromHeaders', () => {
  it.each<[string, Record<string, string | string[] | undefined>, string | undefined]>([
    ['a bearer token', { authorization: `Bearer ${KEY}` }, KEY],
    ['the scheme in lower case', { authorization: `bearer ${KEY}` }, KEY],
    ['the scheme in capitals', { authorization: `BEARER ${KEY}` }, KEY],
    ['the header name capitalised', { Authorization: `Bearer ${KEY}` }, KEY],
    ['extra spaces and a tab', { authorization: `  Bearer \t  ${KEY}   ` }, KEY],
    ['x-api-key', { 'x-api-key': KEY }, KEY],
    ['X-API-Key with spaces around', { 'X-API-Key': `  ${KEY} ` }, KEY],
    ['a header repeated with the same value', { 'x-api-key': [KEY, ` ${KEY}`] }, KEY],
    ['both headers: bearer wins', { authorization: `Bearer ${KEY}`, 'x-api-key': 'other' }, KEY],
    [
      'another scheme: x-api-key is used',
      { authorization: 'Basic dXNlcjpwdw==', 'x-api-key': KEY },
      KEY,
    ],
    ['no headers', {}, undefined],
    ['an undefined header', { authorization: undefined, 'x-api-key': undefined }, undefined],
    ['another scheme only', { authorization: 'Basic dXNlcjpwdw==' }, undefined],
    ['a bare key in authorization', { authorization: KEY }, undefined],
    ['a scheme without a token', { authorization: 'Bearer   ' }, undefined],
    ['a token with a space inside', { authorization: `Bearer ${KEY} more` }, undefined],
    ['a scheme glued to the token', { authorization: `Bearer${KEY}` }, undefined],
    ['an empty x-api-key', { 'x-api-key': '  ' }, undefined],
    ['x-api-key repeated with different values', { 'x-api-key': [KEY, OTHER_KEY] }, undefined],
    ['x-api-key repeated, as Node joins it', { 'x-api-key': `${KEY}, ${OTHER_KEY}` }, undefined],
    [
      'authorization in two spellings with different values',
      { authorization: `Bearer ${KEY}`, Authorization: `Bearer ${OTHER_KEY}` },
      undefined,
    ],
    ['an empty list of values', { 'x-api-key': [] }, undefined],
  ])('%s', (_label, headers, expected) => {
    expect(keyFromHeaders(headers)).toBe(expected);
  });
});

describe('can', () => {
  it.each<[Role | undefined, Role, boolean]>([
    ['ingest', 'ingest', true],
    ['ingest', 'read', true],
    ['read', 'read', true],
    ['read', 'ingest', false],
    [undefined, 'read', false],
    [undefined, 'ingest', false],
  ])('role %s may do what needs %s: %s', (role, needed, expected) => {
    expect(can(role, needed)).toBe(expected);
  });

  it('refuses a role that is not one (from untyped input)', () => {
    expect(can('admin' as Role, 'read')).toBe(false);
  });
});
