import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReadyInfo } from './launcher-protocol';

/**
 * A small file beside the data directory says which launcher owns it, so `db status|stop` and a
 * second `npm start` find a running embedded Neo4j instead of fighting over its store lock.
 */
export interface LocalState extends ReadyInfo {
  owner: 'daemon' | 'serve';
  /** The Node process that started it. */
  ownerPid: number;
  startedAt: string;
}

function stateFile(dataDir: string): string {
  return path.join(dataDir, 'launcher.json');
}

export function writeLocalState(dataDir: string, state: LocalState): void {
  writeFileSync(stateFile(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export function clearLocalState(dataDir: string): void {
  rmSync(stateFile(dataDir), { force: true });
}

/**
 * Removes launcher.json only if it still describes the launcher `pid`: a file another process
 * wrote since (a second `serve`, `db start`) is theirs. Synchronous: it runs in 'exit' handlers.
 */
export function clearOwnLocalState(dataDir: string, pid: number): void {
  try {
    const state = JSON.parse(readFileSync(stateFile(dataDir), 'utf8')) as Partial<LocalState>;
    if (state.pid === pid) clearLocalState(dataDir);
  } catch {
    // No file, or not ours to judge (unreadable): leave it.
  }
}

/** The recorded launcher, if its process is still alive; a stale file is removed. */
export function readLiveLocalState(dataDir: string): LocalState | undefined {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return undefined;
  const state = JSON.parse(readFileSync(file, 'utf8')) as LocalState;
  if (isLauncherProcess(state.pid)) return state;
  clearLocalState(dataDir);
  return undefined;
}

export function isLauncherProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // Guard against a recycled pid where /proc tells us what the process is.
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync(cmdline) || readFileSync(cmdline, 'utf8').includes('neo4jlocal.Launcher');
}
