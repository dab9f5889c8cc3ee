import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'graphql';
import { auditServer } from 'graphql-http';
import type { AuditResult } from 'graphql-http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/neo4j/database';
import { startTestApi } from '../support/api';
import { openTestDatabase } from '../support/database';

/** A plain Apollo Server as its documentation sets it up: the yardstick for SHOULDs. */
async function plainApollo(
  introspection: boolean,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSchema('type Query { hello: String }'),
    introspection,
  });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const http = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server.stop();
    },
  };
}

const failing = (results: AuditResult[], requirement: 'MUST' | 'SHOULD') =>
  results
    .filter((r) => r.status !== 'ok' && r.name.startsWith(requirement))
    .map((r) => r.name)
    .sort();

/**
 * graphql-http's GraphQL-over-HTTP audits against the running API: every MUST passes, and no
 * SHOULD fails that a plain Apollo Server passes. In production two MUST audits query `__type`,
 * which production refuses as it refuses all introspection, as a plain Apollo Server does with
 * NODE_ENV=production: the comparison is with one so configured, and those two only.
 */
describe.each(['production', 'development'] as const)('GraphQL over HTTP audit (%s)', (mode) => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => db.close());

  it('0 MUST failures; no SHOULD warning a plain Apollo Server does not have', async () => {
    const api = await startTestApi(db, { mode });
    const plain = await plainApollo(mode === 'development');
    try {
      const ours = await auditServer({ url: `${api.url}/graphql` });
      const theirs = await auditServer({ url: plain.url });
      expect(failing(ours, 'MUST')).toEqual(
        mode === 'development'
          ? []
          : [
              'MUST accept utf-8 encoded request',
              'MUST allow map {variables} parameter when accepting application/json',
            ],
      );
      expect(failing(ours, 'MUST')).toEqual(failing(theirs, 'MUST'));
      const extra = failing(ours, 'SHOULD').filter(
        (name) => !failing(theirs, 'SHOULD').includes(name),
      );
      expect(extra).toEqual([]);
    } finally {
      await plain.stop();
      await api.stop();
    }
  });
});
