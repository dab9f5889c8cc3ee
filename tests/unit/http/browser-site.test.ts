import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { browserSiteRouter } from '../../../src/http/browser-site';

/** What docker compose's Neo4j Browser fetches from the API on connect. */
describe('the API serving the Browser style and guide', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const app = express().use('/neo4j-browser', browserSiteRouter());
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/neo4j-browser`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('serves the guide and the style to any origin, since they hold no data', async () => {
    const guide = await fetch(`${base}/guide.html`);
    expect(guide.status).toBe(200);
    expect(guide.headers.get('access-control-allow-origin')).toBe('*');
    expect(await guide.text()).toContain('<carousel');
    const style = await fetch(`${base}/diplograph.grass`);
    expect(style.status).toBe(200);
    expect(await style.text()).toContain('relationship.SUPPORTS');
  });

  it('does not serve the connect page, which only makes sense on Browser’s own origin', async () => {
    expect((await fetch(`${base}/connect.html`)).status).toBe(404);
  });
});
