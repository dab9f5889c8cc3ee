import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromRoot } from '../../src/config/paths';
import { testConnection } from './test-neo4j-env';

/**
 * Builds dist/ as `npm run build` does (incremental, so cheap when nothing changed), the CLI
 * made executable: e2e tests run what users run.
 */
export function buildDist(): void {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: fromRoot(), stdio: 'inherit' });
}

export interface ServeProcess {
  child: ChildProcess;
  dataDir: string;
  stdout: () => string;
  stderr: () => string;
}

/** The CLI's environment for an embedded Neo4j of its own on free ports, whatever the run uses. */
export function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DIPLOGRAPH_NEO4J_DATA_DIR: dataDir,
    DIPLOGRAPH_PORT: '0',
    DIPLOGRAPH_NEO4J_BOLT_PORT: '0',
    DIPLOGRAPH_NEO4J_HTTP_PORT: '0',
    DIPLOGRAPH_NEO4J_HEAP: '512m',
    LOG_LEVEL: 'warn',
  };
  delete env.NEO4J_URI;
  return env;
}

/** `diplograph serve` on free ports with its own data directory, always the embedded Neo4j. */
export function spawnServe(): ServeProcess {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-e2e-'));
  const env = embeddedEnv(dataDir);
  const child = spawn(process.execPath, [fromRoot('dist', 'src', 'cli', 'main.js'), 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { child, dataDir, stdout: () => out, stderr: () => err };
}

export async function waitForOutput(
  serve: ServeProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = serve.stdout().match(pattern);
    if (match) return match;
    if (serve.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(
        `serve did not print ${pattern}; stdout:\n${serve.stdout()}\nstderr:\n${serve.stderr()}`,
      );
    }
    await sleep(200);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI against the run's test Neo4j (`diplograph --neo4j-uri … args`) to its end,
 * with `stdin` as standard input when given, through `uri` instead when given (a proxy).
 */
export function runCli(args: string[], stdin?: string, uri?: string): Promise<CliRun> {
  const connection = { ...testConnection(), ...(uri ? { uri } : {}) };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
    LOG_LEVEL: 'warn',
  };
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fromRoot('dist', 'src', 'cli', 'main.js'), '--neo4j-uri', connection.uri, ...args],
      { env, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}
