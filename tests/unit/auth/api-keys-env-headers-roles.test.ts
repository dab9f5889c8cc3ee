import { keyFromHeaders } from '../../../src/auth/api-key-headers';
import { MIN_API_KEY_LENGTH, can, hashApiKey } from '../../../src/auth/api-key-rules';
import type { Role } from '../../../src/auth/api-key-rules';
import { parseApiKeysEnv } from '../../../src/auth/api-keys-env';
import { KEY, KEY_HASH, OTHER_KEY, SECRET, thrown, everything } from './key-fixtures';

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
