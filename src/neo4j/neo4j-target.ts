import type { Config, Neo4jConnection } from '../config/config';
import type { Logger } from '../config/logger';
import { browserConnectUrl } from './browser-link';
import { LOCAL_USER, readLocalPassword } from './local-auth';
import { LocalNeo4j } from './local-neo4j';
import { clearOwnLocalState, readLiveLocalState, writeLocalState } from './local-state';
import type { LocalState } from './local-state';

/** Where the database came from; everything after this point is one code path. */
export interface Neo4jTarget {
  kind: 'external' | 'embedded' | 'embedded-daemon';
  connection: Neo4jConnection;
  /** Neo4j Browser, opening connected to this server, where we know it. */
  browserUrl: string | undefined;
  /** Stops what this process started; a no-op for servers it only connected to. */
  release(): Promise<void>;
}

/**
 * NEO4J_URI wins; otherwise an embedded Neo4j already running on our data directory
 * (`diplograph db start`); otherwise one started now and stopped when this process ends.
 * The embedded one is always reached as its own user with its own password (local-auth.ts):
 * NEO4J_USER/NEO4J_PASSWORD are for servers of one's own.
 */
export async function acquireNeo4j(config: Config, log: Logger): Promise<Neo4jTarget> {
  if (config.neo4j) {
    return {
      kind: 'external',
      connection: config.neo4j,
      browserUrl: undefined,
      release: async () => {},
    };
  }
  const settings = config.localNeo4j;
  const { database } = config.credentials;
  const running = readLiveLocalState(settings.dataDir);
  if (running) {
    log.info(
      { pid: running.pid },
      'using the embedded Neo4j already running on this data directory',
    );
    const local = runningLocalAccess(running);
    return {
      kind: 'embedded-daemon',
      connection: { ...local.connection, database },
      browserUrl: local.browserUrl,
      release: async () => {},
    };
  }
  log.info({ dataDir: settings.dataDir }, 'starting the embedded Neo4j');
  const server = await LocalNeo4j.start({ ...settings, lifetime: 'attached' }, log);
  const { pid } = server.ready;
  writeLocalState(settings.dataDir, {
    ...server.ready,
    owner: 'serve',
    ownerPid: process.pid,
    startedAt: new Date().toISOString(),
  });
  // However this process ends short of SIGKILL (a second Ctrl-C, process.exit on an error), the
  // file goes with it; the launcher itself follows when our end of its stdin closes.
  const clearOnExit = () => clearOwnLocalState(settings.dataDir, pid);
  process.once('exit', clearOnExit);
  return {
    kind: 'embedded',
    connection: { uri: server.boltUri, ...server.credentials, database },
    browserUrl: server.browserUrl,
    release: async () => {
      try {
        await server.stop();
      } finally {
        clearOwnLocalState(settings.dataDir, pid);
        process.off('exit', clearOnExit);
      }
    },
  };
}

/** How to reach an embedded Neo4j another process started (`db start`, or `npm start`). */
export function runningLocalAccess(state: LocalState): {
  connection: Omit<Neo4jConnection, 'database'>;
  browserUrl: string;
} {
  // A launcher from before authentication records no `auth`: it runs without.
  const password = state.auth === 'password' ? readLocalPassword(state.dataDir) : undefined;
  return {
    connection: {
      uri: `bolt://${state.host}:${state.boltPort}`,
      user: LOCAL_USER,
      password: password ?? '',
    },
    browserUrl: browserConnectUrl(state.host, state.httpPort, password),
  };
}
