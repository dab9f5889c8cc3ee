import { setTimeout as sleep } from 'node:timers/promises';
import { DiplographError, ErrorCode } from '../../errors';
import { Database } from '../../neo4j/database';
import type { DatabaseInfo } from '../../neo4j/database';
import { ensureLauncherBuilt } from '../../neo4j/launcher-build';
import { LocalNeo4j } from '../../neo4j/local-neo4j';
import {
  clearLocalState,
  isLauncherProcess,
  readLiveLocalState,
  writeLocalState,
} from '../../neo4j/local-state';
import type { LocalState } from '../../neo4j/local-state';
import { localPasswordFile } from '../../neo4j/local-auth';
import { runningLocalAccess } from '../../neo4j/neo4j-target';
import type { CommandContext } from '../context';

export async function dbBuildCommand({ log }: CommandContext): Promise<void> {
  const classpath = await ensureLauncherBuilt(log);
  process.stdout.write(`launcher ready: ${classpath}\n`);
}

/** `diplograph db start`: an embedded Neo4j that outlives the command, for Browser sessions and scripts. */
export async function dbStartCommand({ config, log }: CommandContext): Promise<void> {
  refuseExternal(config.neo4j?.uri);
  const settings = config.localNeo4j;
  const running = readLiveLocalState(settings.dataDir);
  if (running) {
    process.stdout.write(`already running (pid ${running.pid}): ${describe(running)}\n`);
    return;
  }
  const server = await LocalNeo4j.start({ ...settings, lifetime: 'detached' }, log);
  const state: LocalState = {
    ...server.ready,
    owner: 'daemon',
    ownerPid: process.pid,
    startedAt: new Date().toISOString(),
  };
  writeLocalState(settings.dataDir, state);
  process.stdout.write(`started (pid ${state.pid}): ${describe(state)}\nlog: ${server.logFile}\n`);
  process.stdout.write(`Neo4j Browser: ${server.browserUrl}\n`);
}

export async function dbStopCommand({ config }: CommandContext): Promise<void> {
  refuseExternal(config.neo4j?.uri);
  const { dataDir } = config.localNeo4j;
  const running = readLiveLocalState(dataDir);
  if (!running) {
    process.stdout.write('not running\n');
    return;
  }
  process.kill(running.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isLauncherProcess(running.pid)) {
    if (Date.now() > deadline) process.kill(running.pid, 'SIGKILL');
    await sleep(200);
  }
  clearLocalState(dataDir);
  process.stdout.write(`stopped (pid ${running.pid})\n`);
}

export interface DbStatus {
  target: 'external' | 'embedded';
  uri: string | null;
  running: boolean;
  owner?: LocalState['owner'];
  pid?: number;
  /** Opens Neo4j Browser connected (the password is in its fragment). */
  browserUrl?: string;
  /** The embedded Neo4j's login; password null when authentication is off. */
  login?: { user: string; password: string | null; passwordFile: string | null };
  database: ({ status: 'up' } & DatabaseInfo) | { status: 'down'; code: string };
}

export async function dbStatusCommand({ config }: CommandContext, json: boolean): Promise<void> {
  const status = await readStatus(config);
  if (json) {
    process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
  } else {
    const db = status.database;
    const health =
      db.status === 'up'
        ? `up (Neo4j ${db.version} ${db.edition}, ${db.latencyMs} ms)`
        : `down (${db.code})`;
    const owner = status.owner
      ? `, started by ${status.owner === 'daemon' ? 'db start' : 'npm start'}, pid ${status.pid}`
      : '';
    process.stdout.write(`${status.target} ${status.uri ?? '(not running)'}${owner}: ${health}\n`);
    if (status.login) {
      const { user, password, passwordFile } = status.login;
      process.stdout.write(
        password === null
          ? 'login: none (authentication off: DIPLOGRAPH_NEO4J_AUTH=none)\n'
          : `login: ${user} / ${password}  (from ${passwordFile})\n`,
      );
    }
    if (status.browserUrl) process.stdout.write(`Neo4j Browser: ${status.browserUrl}\n`);
  }
  if (status.database.status !== 'up') process.exitCode = 3;
}

async function readStatus(config: CommandContext['config']): Promise<DbStatus> {
  if (config.neo4j) {
    return {
      target: 'external',
      uri: config.neo4j.uri,
      running: true,
      database: await probe(config.neo4j),
    };
  }
  const running = readLiveLocalState(config.localNeo4j.dataDir);
  if (!running) {
    return {
      target: 'embedded',
      uri: null,
      running: false,
      database: { status: 'down', code: ErrorCode.NOT_RUNNING },
    };
  }
  const access = runningLocalAccess(running);
  const withPassword = running.auth === 'password';
  return {
    target: 'embedded',
    uri: access.connection.uri,
    running: true,
    owner: running.owner,
    pid: running.pid,
    browserUrl: access.browserUrl,
    login: {
      user: access.connection.user,
      password: withPassword ? access.connection.password : null,
      passwordFile: withPassword ? localPasswordFile(running.dataDir) : null,
    },
    database: await probe({ ...access.connection, database: config.credentials.database }),
  };
}

async function probe(
  connection: ConstructorParameters<typeof Database>[0],
): Promise<DbStatus['database']> {
  const db = new Database(connection);
  try {
    return { status: 'up', ...(await db.ping()) };
  } catch (error) {
    return {
      status: 'down',
      code: error instanceof DiplographError ? error.code : ErrorCode.INTERNAL,
    };
  } finally {
    await db.close();
  }
}

function describe(state: LocalState): string {
  const login =
    state.auth === 'password'
      ? `user neo4j, password in ${localPasswordFile(state.dataDir)}`
      : 'no authentication';
  return `bolt://${state.host}:${state.boltPort} (${login})`;
}

function refuseExternal(uri: string | undefined): void {
  if (uri) {
    throw new DiplographError(
      ErrorCode.CONFIG_INVALID,
      `NEO4J_URI is set (${uri}): db start|stop manage only the embedded Neo4j`,
      { hint: 'unset NEO4J_URI to use the embedded Neo4j' },
    );
  }
}
