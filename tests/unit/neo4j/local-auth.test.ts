import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { browserConnectUrl } from '../../../src/neo4j/browser-link';
import {
  ensureLocalPassword,
  localPasswordFile,
  readLocalPassword,
} from '../../../src/neo4j/local-auth';

describe('the embedded Neo4j password file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-auth-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once, owner-only, and read back the same', () => {
    const password = ensureLocalPassword(dir);
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(localPasswordFile(dir)).mode & 0o777).toBe(0o600);
    expect(readFileSync(localPasswordFile(dir), 'utf8')).toBe(`${password}\n`);
    expect(ensureLocalPassword(dir)).toBe(password);
    expect(readLocalPassword(dir)).toBe(password);
  });

  it('is refused with NEO4J_PASSWORD_FILE_INSECURE when others can read it', () => {
    ensureLocalPassword(dir);
    chmodSync(localPasswordFile(dir), 0o644);
    expect(() => readLocalPassword(dir)).toThrow(
      expect.objectContaining({
        code: 'NEO4J_PASSWORD_FILE_INSECURE',
        hint: expect.stringContaining('chmod 600'),
      }),
    );
  });

  it('is reported with the same code when missing', () => {
    expect(() => readLocalPassword(dir)).toThrow(
      expect.objectContaining({ code: 'NEO4J_PASSWORD_FILE_INSECURE' }),
    );
  });
});

describe('browserConnectUrl', () => {
  it('puts the password in the fragment, which is never sent to a server', () => {
    expect(browserConnectUrl('127.0.0.1', 7575, 'a-b_c')).toBe(
      'http://127.0.0.1:7575/browser/diplograph/connect.html#password=a-b_c',
    );
    expect(browserConnectUrl('127.0.0.1', 7575)).toBe(
      'http://127.0.0.1:7575/browser/diplograph/connect.html#auth=none',
    );
  });
});
