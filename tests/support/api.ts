import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiKeyStore } from '../../src/auth/api-keys';
import type { ApiKeyEntry } from '../../src/auth/api-keys';
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
    key?: string,
  ) => Promise<{ status: number; body: GraphqlBody }>;
  stop: () => Promise<void>;
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  extensions?: { roundTrips?: number };
}

/** The API over HTTP on a free port, on the given database: what `serve` runs. */
export interface TestApiOptions {
  mode?: Mode;
  examples?: { name: string; query: string }[];
  keys?: ApiKeyEntry[];
  readsNeedKey?: boolean;
}

export async function startTestApi(db: Database, options: TestApiOptions = {}): Promise<TestApi> {
  const mode = options.mode ?? 'development';
  const examples = options.examples ?? [];
  const graphql = await graphqlRouter({
    db,
    mode,
    log: testLogger,
    keys: new ApiKeyStore(options.keys ?? []),
    readsNeedKey: options.readsNeedKey ?? false,
  });
  const app = createApp({
    db,
    databaseKind: 'test',
    version: '0.0.0-test',
    browserUrl: undefined,
    graphql: graphql.router,
    examples,
    ide: mode === 'development',
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async query(query, variables, key) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
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
