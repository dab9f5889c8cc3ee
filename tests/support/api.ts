import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Mode } from '../../src/config/config';
import { graphqlRouter } from '../../src/graphql/server';
import { createApp } from '../../src/http/app';
import type { Database } from '../../src/neo4j/database';
import { testLogger } from './test-logger';

export interface TestApi {
  url: string;
  /** POSTs one operation; returns the parsed body and the HTTP status. */
  query: (
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ status: number; body: GraphqlBody }>;
  stop: () => Promise<void>;
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { roundTrips?: number };
}

/** The API over HTTP on a free port, on the given database: what `serve` runs. */
export async function startTestApi(
  db: Database,
  mode: Mode = 'development',
  examples: { name: string; query: string }[] = [],
): Promise<TestApi> {
  const graphql = await graphqlRouter({ db, mode, log: testLogger });
  const app = createApp({
    db,
    databaseKind: 'test',
    version: '0.0.0-test',
    browserUrl: undefined,
    graphql: graphql.router,
    examples,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async query(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphqlBody };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graphql.stop();
    },
  };
}
