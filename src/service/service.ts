import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import { VERSION } from '../config/version';
import { DiplographError, ErrorCode } from '../errors';
import { ApiKeyStore } from '../auth/api-keys';
import { createApp } from '../http/app';
import { loadExamples } from '../http/examples';
import { fromRoot } from '../config/paths';
import { graphqlRouter } from '../graphql/server';
import { seedIfEmpty } from '../ingest/seed';
import { migrate } from '../migrations/migrator';
import { Database } from '../neo4j/database';
import { acquireNeo4j } from '../neo4j/neo4j-target';
import { checkPortsFree } from '../neo4j/port-check';
import type { Neo4jTarget } from '../neo4j/neo4j-target';

/** Example operations preloaded in the IDE; each runs green in a test on the seed data. */
const EXAMPLES_DIR = fromRoot('docs', 'examples');

export type ServicePhase = 'starting' | 'started' | 'stopping' | 'stopped';

export interface RunningService {
  readonly phase: ServicePhase;
  readonly url: string;
  readonly browserUrl: string | undefined;
  readonly db: Database;
  readonly target: Neo4jTarget;
  stop(): Promise<void>;
}

/** Database, migrations, seed data on an empty graph, HTTP server: what `npm start` brings up. */
export async function startService(config: Config, log: Logger): Promise<RunningService> {
  // Before Neo4j starts (most of a minute for the embedded one): a taken port fails at once.
  await checkPortsFree([{ ...config.http, variable: 'DIPLOGRAPH_PORT' }]);
  const target = await acquireNeo4j(config, log);
  const db = new Database(target.connection);
  let server: Server | undefined;
  let stopGraphql: () => Promise<void> = async () => {};
  try {
    const info = await db.waitUntilAvailable(config.localNeo4j.startTimeoutMs);
    log.info(
      { uri: target.connection.uri, neo4j: info.version, edition: info.edition },
      'Neo4j is up',
    );
    const report = await migrate(db, log);
    log.info(
      { applied: report.applied.length, alreadyApplied: report.alreadyApplied },
      'migrations done',
    );
    await seedIfEmpty(db, log);

    const graphql = await graphqlRouter({
      db,
      mode: config.mode,
      log,
      keys: new ApiKeyStore(config.api.keys),
      readsNeedKey: config.api.readsNeedKey,
    });
    stopGraphql = graphql.stop;
    const app = createApp({
      db,
      databaseKind: target.kind,
      version: VERSION,
      browserUrl: target.browserUrl,
      graphql: graphql.router,
      examples: loadExamples(EXAMPLES_DIR),
      ide: config.mode === 'development',
      log,
    });
    server = await listen(app, config.http.host, config.http.port);
  } catch (error) {
    await stopGraphql();
    await db.close();
    await target.release();
    throw error;
  }

  const { address, port } = server.address() as AddressInfo;
  let phase: ServicePhase = 'started';
  const httpServer = server;
  return {
    get phase() {
      return phase;
    },
    url: `http://${address}:${port}`,
    browserUrl: target.browserUrl,
    db,
    target,
    async stop() {
      if (phase !== 'started') return;
      phase = 'stopping';
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections();
      await closed;
      await stopGraphql();
      await db.close();
      await target.release();
      phase = 'stopped';
    },
  };
}

function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new DiplographError(ErrorCode.PORT_IN_USE, `${host}:${port} is already in use`, {
              hint: 'stop what listens there, or set DIPLOGRAPH_PORT (or --port) to another port',
              cause: error,
            })
          : error,
      ),
    );
  });
}
