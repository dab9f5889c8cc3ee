import type { Config, Neo4jConnection } from '../config/config';
import type { Logger } from '../config/logger';
import { LocalNeo4j } from './local-neo4j';
import { clearLocalState, readLiveLocalState, writeLocalState } from './local-state';

/** Where the database came from; everything after this point is one code path. */
export interface Neo4jTarget {
  kind: 'external' | 'embedded' | 'embedded-daemon';
  connection: Neo4jConnection;
  /** Neo4j Browser, where we know it. */
  browserUrl: string | undefined;
  /** Stops what this process started; a no-op for servers it only connected to. */
  release(): Promise<void>;
}

/**
 * NEO4J_URI wins; otherwise an embedded Neo4j already running on our data directory
 * (`diplograph db start`); otherwise one started now and stopped when this process ends.
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
  const running = readLiveLocalState(settings.dataDir);
  if (running) {
    log.info(
      { pid: running.pid },
      'using the embedded Neo4j already running on this data directory',
    );
    return {
      kind: 'embedded-daemon',
      connection: { uri: `bolt://${running.host}:${running.boltPort}`, ...config.credentials },
      browserUrl: `http://${running.host}:${running.httpPort}/browser/`,
      release: async () => {},
    };
  }
  log.info({ dataDir: settings.dataDir }, 'starting the embedded Neo4j');
  const server = await LocalNeo4j.start({ ...settings, lifetime: 'attached' }, log);
  writeLocalState(settings.dataDir, {
    ...server.ready,
    owner: 'serve',
    ownerPid: process.pid,
    startedAt: new Date().toISOString(),
  });
  return {
    kind: 'embedded',
    connection: { uri: server.boltUri, ...config.credentials },
    browserUrl: server.browserUrl,
    release: async () => {
      await server.stop();
      clearLocalState(settings.dataDir);
    },
  };
}
