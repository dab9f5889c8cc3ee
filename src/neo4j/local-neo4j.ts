import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jSettings } from '../config/config';
import type { Logger } from '../config/logger';
import { DiplographError, ErrorCode } from '../errors';
import { browserConnectUrl } from './browser-link';
import { ensureLauncherBuilt, PLUGINS_DIR } from './launcher-build';
import { ensureLocalPassword, LOCAL_USER, localPasswordFile } from './local-auth';
import { findReadyLine, javaArguments } from './launcher-protocol';
import type { ReadyInfo } from './launcher-protocol';
import { checkPortsFree } from './port-check';

export interface LocalNeo4jOptions extends Pick<
  LocalNeo4jSettings,
  'boltPort' | 'httpPort' | 'heap' | 'pageCache' | 'startTimeoutMs'
> {
  /** Omit for an ephemeral database (tests). */
  dataDir?: string;
  /**
   * attached: stops when this process exits, however it exits.
   * detached: keeps running after this process (`diplograph db start`).
   */
  lifetime: 'attached' | 'detached';
  /** Default password: one generated at the first start (local-auth.ts). */
  auth?: LocalNeo4jSettings['auth'];
}

export type LocalNeo4jState =
  | { phase: 'starting' }
  | { phase: 'ready'; ready: ReadyInfo }
  | { phase: 'stopping'; ready: ReadyInfo }
  | { phase: 'stopped'; exitCode: number | null };

const STOP_TIMEOUT_MS = 30_000;
/** Where the launcher listens (launcher-protocol.ts's default host). */
const LOCAL_HOST = '127.0.0.1';

/** A Neo4j Community server run by the Java launcher in neo4j-local/. */
export class LocalNeo4j {
  private state: LocalNeo4jState = { phase: 'starting' };
  private readonly exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    readonly logFile: string,
    private readonly scratchDir: string | undefined,
    /** Undefined: authentication is off. */
    private readonly password: string | undefined,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.state = { phase: 'stopped', exitCode: code };
        resolve(code);
      });
    });
  }

  static async start(options: LocalNeo4jOptions, log: Logger): Promise<LocalNeo4j> {
    await checkPortsFree([
      { host: LOCAL_HOST, port: options.boltPort, variable: 'DIPLOGRAPH_NEO4J_BOLT_PORT' },
      { host: LOCAL_HOST, port: options.httpPort, variable: 'DIPLOGRAPH_NEO4J_HTTP_PORT' },
    ]);
    const classpath = await ensureLauncherBuilt(log);
    const { logFile, scratchDir } = prepareLogFile(options.dataDir);
    const secretsDir = options.dataDir ?? scratchDir!;
    const password =
      (options.auth ?? 'password') === 'password' ? ensureLocalPassword(secretsDir) : undefined;
    const out = openSync(logFile, 'w');
    const detached = options.lifetime === 'detached';
    const args = javaArguments({
      classpath,
      ...options,
      exitWithParent: !detached,
      pluginsDir: PLUGINS_DIR,
      ...(password === undefined ? {} : { passwordFile: localPasswordFile(secretsDir) }),
    });
    log.debug({ logFile }, 'starting the embedded Neo4j');
    const child = spawn('java', args, {
      detached,
      // Attached: the launcher watches its stdin, which closes when we die, even by kill -9.
      stdio: [detached ? 'ignore' : 'pipe', out, out],
    });
    closeSync(out);
    if (detached) child.unref();
    const server = new LocalNeo4j(child, logFile, scratchDir, password);
    await server.waitUntilReady(options.startTimeoutMs);
    return server;
  }

  get status(): LocalNeo4jState {
    return this.state;
  }

  get ready(): ReadyInfo {
    if (this.state.phase !== 'ready') throw new Error(`embedded Neo4j is ${this.state.phase}`);
    return this.state.ready;
  }

  get boltUri(): string {
    return `bolt://${this.ready.host}:${this.ready.boltPort}`;
  }

  /** Who the API, the CLI and Browser connect as; an empty password when authentication is off. */
  get credentials(): { user: string; password: string } {
    return { user: LOCAL_USER, password: this.password ?? '' };
  }

  /** Opens Neo4j Browser connected to this server (browser-link.ts). */
  get browserUrl(): string {
    return browserConnectUrl(this.ready.host, this.ready.httpPort, this.password);
  }

  async stop(): Promise<void> {
    if (this.state.phase === 'stopped') return;
    if (this.state.phase === 'ready') this.state = { phase: 'stopping', ready: this.state.ready };
    this.child.kill('SIGTERM');
    const timedOut = Symbol('timeout');
    // ref: false, so a pending timeout never keeps the process alive after a clean stop.
    const result = await Promise.race([
      this.exited,
      sleep(STOP_TIMEOUT_MS, timedOut, { ref: false }),
    ]);
    if (result === timedOut) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    this.child.stdin?.destroy();
    if (this.scratchDir) rmSync(this.scratchDir, { recursive: true, force: true });
  }

  private async waitUntilReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const output = readFileSync(this.logFile, 'utf8');
      const ready = findReadyLine(output);
      if (ready) {
        this.state = { phase: 'ready', ready };
        return;
      }
      if (this.state.phase === 'stopped') {
        throw new DiplographError(
          ErrorCode.NEO4J_START_FAILED,
          `the embedded Neo4j exited during start-up (exit ${this.state.exitCode}):\n${tail(output)}`,
          {
            hint: 'a port in use (DIPLOGRAPH_NEO4J_BOLT_PORT/HTTP_PORT) or a data directory locked by another Neo4j are the usual causes',
            details: { logFile: this.logFile },
          },
        );
      }
      if (Date.now() > deadline) {
        this.child.kill('SIGKILL');
        throw new DiplographError(
          ErrorCode.NEO4J_START_TIMEOUT,
          `the embedded Neo4j was not ready after ${timeoutMs / 1000} s:\n${tail(output)}`,
          {
            hint: 'raise DIPLOGRAPH_NEO4J_START_TIMEOUT on a slow machine',
            details: { logFile: this.logFile },
          },
        );
      }
      await sleep(200);
    }
  }
}

function prepareLogFile(dataDir: string | undefined): { logFile: string; scratchDir?: string } {
  if (dataDir === undefined) {
    const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-launcher-'));
    return { logFile: path.join(scratchDir, 'launcher.log'), scratchDir };
  }
  mkdirSync(dataDir, { recursive: true });
  return { logFile: path.join(dataDir, 'launcher.log') };
}

function tail(output: string, lines = 25): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}
