import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ApiKeyStore,
  hashApiKey,
  loadApiKeysFile,
  parseApiKeysEnv,
} from '../../../src/auth/api-keys';
import type { ApiKeyEntry, Role } from '../../../src/auth/api-keys';
import type { DiplographError } from '../../../src/errors';
import { KEY, KEY_HASH, OTHER_KEY, SECRET, thrown, everything } from './key-fixtures';

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
