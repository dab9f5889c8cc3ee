import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../src/http/app';
import { Database } from '../../../src/neo4j/database';
import { openTestDatabase } from '../../support/database';

async function serve(db: Database): Promise<{ url: string; server: Server }> {
  const app = createApp({
    db,
    databaseKind: 'test',
    version: '0.0.0-test',
    browserUrl: undefined,
    graphql: express.Router(),
    examples: [],
    ide: false,
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('GET /health', () => {
  it('reports the database up, with its version, when Neo4j answers', async () => {
    const db = openTestDatabase();
    const { url, server } = await serve(db);
    try {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'ok',
        database: {
          status: 'up',
          neo4jVersion: expect.stringMatching(/^5\.26\./),
          edition: 'community',
        },
      });
    } finally {
      server.close();
      await db.close();
    }
  });

  it('reports the database down with DB_UNAVAILABLE, and 503, when nothing listens', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const db = new Database({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    const { url, server } = await serve(db);
    try {
      const response = await fetch(`${url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'degraded',
        database: { status: 'down', error: { code: 'DB_UNAVAILABLE' } },
      });
    } finally {
      server.close();
      await db.close();
    }
  });
});
