// The API in a benchmark's own process, on a free port, in development mode by default (so
// responses report their Cypher round-trips), reads open (no key asked: the API has no rate
// limit to lift, and its per-request limits, depth and cost, stay on). Needs `npm run build` first.
import path from 'node:path';

const dist = (p) => path.join(import.meta.dirname, '..', '..', 'dist', 'src', p);

/**
 * Starts it over `db`; returns the /graphql URL and a stop function. `compiled: false` runs
 * operations through graphql-js's execute instead of graphql-jit; `mode: 'production'` as
 * `npm start` runs (no round-trip counts in responses).
 */
export async function startBenchApi(db, { compiled = true, mode = 'development' } = {}) {
  const { graphqlRouter } = await import(dist('graphql/server.js'));
  const { createApp } = await import(dist('http/app.js'));
  const { ApiKeyStore } = await import(dist('auth/api-keys.js'));
  const pino = (await import('pino')).default;
  const graphql = await graphqlRouter({
    db,
    mode,
    log: pino({ level: 'silent' }),
    keys: new ApiKeyStore([]),
    readsNeedKey: false,
    compiled,
  });
  const app = createApp({
    db,
    databaseKind: 'bench',
    version: 'bench',
    browserUrl: undefined,
    graphql: graphql.router,
    examples: [],
    ide: false,
  });
  const http = await new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
  return {
    url: `http://127.0.0.1:${http.address().port}/graphql`,
    stop: async () => {
      http.closeAllConnections();
      http.close();
      await graphql.stop();
    },
  };
}
