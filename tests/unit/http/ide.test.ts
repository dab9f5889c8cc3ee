import { existsSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import type { Example } from '../../../src/http/examples';
import { ideRouter, jsonForScript } from '../../../src/http/ide';
import { findChromium, runIdeInBrowser } from '../../support/chromium';

interface Received {
  contentType: string | undefined;
  preflight: string | undefined;
  operationName: unknown;
}

/** The IDE mounted as the API would mount it, beside a stand-in GraphQL endpoint. */
async function serve(
  examples: Example[],
  options: { mount?: string; title?: string } = {},
): Promise<{ url: string; server: Server; received: Received[] }> {
  const received: Received[] = [];
  const app = express();
  const mount = options.mount ?? '/ide';
  app.use(mount, ideRouter({ endpoint: '/graphql', examples, title: options.title }));
  app.post('/graphql', express.json(), (req, res) => {
    const body: unknown = req.body;
    received.push({
      contentType: req.get('content-type'),
      preflight: req.get('apollo-require-preflight'),
      operationName:
        typeof body === 'object' && body !== null && 'operationName' in body
          ? body.operationName
          : undefined,
    });
    res.json({ data: { hello: 'world' } });
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, received };
}

/** Closes keep-alive connections too, or fetch's pooled ones hold the server, and Jest, open. */
async function stop(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  server.closeAllConnections();
  await closed;
}

function attributes(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

function configBlock(html: string): unknown {
  const match = /<script id="ide-config" type="application\/json">([^]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no config block in the page');
  return JSON.parse(match[1]!);
}

const EXAMPLES: Example[] = [
  { name: '01-hello', query: 'query Hello {\n  hello\n}\n' },
  { name: '02-hostile', query: '# </script><script>alert(1)</script> <!-- & \u2028\n{ hello }\n' },
];

describe('GraphQL IDE router', () => {
  let url: string;
  let server: Server;

  beforeAll(async () => {
    ({ url, server } = await serve(EXAMPLES, { title: 'Diplograph <IDE> & co' }));
  });
  afterAll(async () => {
    await stop(server);
  });

  it('serves the page with a CSP that allows scripts from its own origin only', async () => {
    const response = await fetch(`${url}/ide`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('has no inline script for that CSP to block: each one has a src or is JSON data', async () => {
    const html = await (await fetch(`${url}/ide`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(1);
    for (const attrs of scripts) expect(attrs).toMatch(/\bsrc="|type="application\/json"/);
  });

  it('embeds the examples as JSON that reads back unchanged, with no markup left in it', async () => {
    const html = await (await fetch(`${url}/ide`)).text();
    expect(configBlock(html)).toEqual({ endpoint: '/graphql', examples: EXAMPLES });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<!--');
    expect(html).toContain('\\u003c/script\\u003e');
    expect(html.match(/<\/script>/g)).toHaveLength(
      [...html.matchAll(/<script\b/g)].length, // every </script> closes one of the page's own
    );
  });

  it('escapes the title', async () => {
    const html = await (await fetch(`${url}/ide`)).text();
    expect(html).toContain('<title>Diplograph &lt;IDE&gt; &amp; co</title>');
  });

  it('serves every script and stylesheet the page names, cacheable for good', async () => {
    const html = await (await fetch(`${url}/ide`)).text();
    const scripts = attributes(html, 'script', 'src');
    const styles = attributes(html, 'link', 'href');
    expect(scripts.map((s) => path.posix.basename(s.split('?')[0]!))).toEqual([
      'react.production.min.js',
      'react-dom.production.min.js',
      'graphiql.min.js',
      'ide.js',
    ]);
    for (const [src, type] of [
      ...scripts.map((s) => [s, /^text\/javascript/] as const),
      ...styles.map((s) => [s, /^text\/css/] as const),
    ]) {
      expect(src).toMatch(/^\/ide\/assets\/[^/]+\?v=/);
      const response = await fetch(`${url}${src}`);
      expect({ src, status: response.status }).toEqual({ src, status: 200 });
      expect(response.headers.get('content-type')).toMatch(type);
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  });

  it('serves the GraphiQL bundle itself, which needs React and ReactDOM as globals', async () => {
    const body = await (await fetch(`${url}/ide/assets/graphiql.min.js`)).text();
    // The UMD header only: a failure should not print a megabyte of bundle.
    expect(body.slice(0, 1000)).toContain('.GraphiQL=t(e.React,e.ReactDOM)');
  });

  it('lets a URL with another version be revalidated rather than cached for good', async () => {
    for (const name of ['graphiql.min.js', 'ide.js']) {
      const response = await fetch(`${url}/ide/assets/${name}?v=old`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).not.toContain('immutable');
    }
  });

  it('answers 404 for an asset it does not have', async () => {
    for (const name of ['nope.js', '..%2Fpackage.json', 'index.js']) {
      expect((await fetch(`${url}/ide/assets/${name}`)).status).toBe(404);
    }
  });

  it('points asset URLs at wherever the router is mounted', async () => {
    const other = await serve([], { mount: '/tools/graphql-ide' });
    try {
      const html = await (await fetch(`${other.url}/tools/graphql-ide/`)).text();
      const scripts = attributes(html, 'script', 'src');
      expect(scripts.length).toBeGreaterThan(0);
      for (const src of scripts) expect(src).toMatch(/^\/tools\/graphql-ide\/assets\//);
      expect(configBlock(html)).toEqual({ endpoint: '/graphql', examples: [] });
      expect(html).toContain('<title>GraphQL IDE</title>');
    } finally {
      await stop(other.server);
    }
  });
});

describe('jsonForScript', () => {
  it('leaves no character that could end or change a script element, and parses back', () => {
    const value = { text: '</script><!-- <script> & > \u2028\u2029 "quoted"' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

// Runs where Chromium is installed (Debian: apt-get install chromium), and is skipped elsewhere.
const browserIt = findChromium() === undefined ? it.skip : it;

describe('GraphQL IDE in a browser', () => {
  browserIt(
    'with ?run=1 runs the first example and shows its result',
    async () => {
      const { url, server, received } = await serve(EXAMPLES);
      try {
        const screenshot = path.join('test-artifacts', 'ide-run.png');
        const { dom } = await runIdeInBrowser(`${url}/ide?run=1`, screenshot);
        expect(dom).toContain('data-ide-run="responded"');
        expect(dom).toContain('"world"');
        expect(received).toContainEqual({
          contentType: 'application/json',
          preflight: 'true',
          operationName: 'Hello',
        });
        expect(received.filter((r) => r.operationName !== 'IntrospectionQuery')).toHaveLength(1);
        expect(existsSync(screenshot) && statSync(screenshot).size).toBeGreaterThan(0);
      } finally {
        await stop(server);
      }
    },
    90_000,
  );
});
