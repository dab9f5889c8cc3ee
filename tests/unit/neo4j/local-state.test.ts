import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearOwnLocalState, writeLocalState } from '../../../src/neo4j/local-state';
import type { LocalState } from '../../../src/neo4j/local-state';

describe('clearOwnLocalState (launcher.json at the end of serve)', () => {
  let dir: string;
  const file = () => path.join(dir, 'launcher.json');
  const state = (pid: number): LocalState => ({
    pid,
    host: '127.0.0.1',
    boltPort: 7687,
    httpPort: 7474,
    dataDir: dir,
    ephemeral: false,
    auth: 'password',
    owner: 'serve',
    ownerPid: 1,
    startedAt: '2026-01-01T00:00:00.000Z',
  });
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-state-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the file that names the launcher we started', () => {
    writeLocalState(dir, state(4242));
    clearOwnLocalState(dir, 4242);
    expect(existsSync(file())).toBe(false);
  });

  it("leaves another launcher's file alone", () => {
    writeLocalState(dir, state(4343));
    clearOwnLocalState(dir, 4242);
    expect(existsSync(file())).toBe(true);
  });

  it('leaves an unreadable file alone and does not throw when there is none', () => {
    expect(() => clearOwnLocalState(dir, 4242)).not.toThrow();
    writeFileSync(file(), '{ not json');
    clearOwnLocalState(dir, 4242);
    expect(existsSync(file())).toBe(true);
  });
});
