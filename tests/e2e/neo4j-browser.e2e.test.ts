/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in Chromium, where document and fetch are the DOM's.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { fromRoot } from '../../src/config/paths';
import { Database } from '../../src/neo4j/database';
import { readLocalPassword } from '../../src/neo4j/local-auth';
import { findChromium } from '../support/chromium';
import { buildDist, spawnServe, waitForOutput } from '../support/cli-process';
import type { ServeProcess } from '../support/cli-process';

/** The slides of the generated guide, as Browser counts them in its pager. */
function guideSlides(): number {
  const guide = readFileSync(fromRoot('cypher', 'browser', 'site', 'guide.html'), 'utf8');
  return guide.match(/<slide\b/g)?.length ?? 0;
}

const READY =
  /API: +(http:\/\/\S+)\/\n[\s\S]*Neo4j Browser: +(http:\/\/\S+connect\.html#\S+) +\((bolt:\/\/\S+)\)/;
const ARTIFACTS = fromRoot('test-artifacts', 'neo4j-browser');
/** Colours of diplograph.grass that the seed statement's graph must be drawn in. */
const STYLE = { statement: '#5E35B1', person: '#F9A825', supports: '#2E7D32' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What an analyst does after `npm start`: opens the printed Neo4j Browser link in a browser
 * (Debian's Chromium, headless), and finds Browser connected, Diplograph's guide shown and its
 * style loaded, runs the guide's first query and sees it drawn in that style. Screenshots go to
 * test-artifacts/neo4j-browser/.
 */
describe('Neo4j Browser from the link npm start prints', () => {
  const chromium = findChromium();
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  let apiUrl: string;
  let browserUrl: string;
  let boltUri: string;

  beforeAll(async () => {
    if (chromium === undefined) throw new Error('no Chromium on PATH: apt-get install chromium');
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    buildDist();
    serve = spawnServe();
    [, apiUrl, browserUrl, boltUri] = (await waitForOutput(serve, READY, 300_000)) as string[] as [
      string,
      string,
      string,
      string,
    ];
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      // Root in a container has no usable sandbox.
      args: ['--no-sandbox', '--disable-gpu'],
      defaultViewport: { width: 1400, height: 900 },
    });
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    serve?.child.kill('SIGTERM');
    await new Promise((resolve) => serve?.child.once('exit', resolve));
    rmSync(serve.dataDir, { recursive: true, force: true });
  });

  async function screenshot(name: string): Promise<void> {
    await page.screenshot({ path: path.join(ARTIFACTS, name) });
    const handOff = process.env.DIPLOGRAPH_SCREENSHOT_DIR;
    if (handOff) {
      mkdirSync(handOff, { recursive: true });
      copyFileSync(path.join(ARTIFACTS, name), path.join(handOff, name));
    }
  }

  it('opens connected, with no login form, and the password gone from the address bar', async () => {
    await page.goto(browserUrl);
    // Diplograph's guide is played by browser.post_connect_cmd, which runs only once connected.
    await page.waitForFunction(
      () => document.body.innerText.includes('Diplograph in Neo4j Browser'),
      { timeout: 90_000 },
    );
    expect(page.url()).not.toContain('password');
    expect(await page.$('[data-testid="connect-form"], input[type="password"]')).toBeNull();
    await page.click('[data-testid="navigationDBMS"] button');
    await page.waitForFunction(
      (bolt: string) => document.body.innerText.includes(bolt.replace('bolt://', '')),
      { timeout: 30_000 },
      boltUri,
    );
    await screenshot('1-browser-connected.png');
    await page.click('[data-testid="navigationDBMS"] button');
  });

  it("shows Diplograph's guide and has loaded Diplograph's style", async () => {
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toMatch(
      /:style http:\/\/127\.0\.0\.1:\d+\/browser\/diplograph\/diplograph\.grass/,
    );
    expect(text).toContain('node.Statement');
    expect(text).toContain(`1 / ${guideSlides()}`);
    await page.click('[data-testid="nextSlide"]');
    await page.waitForFunction(() =>
      document.body.innerText.includes('The seed statement, its stances, quotes and source'),
    );
    await screenshot('2-browser-guide.png');
  });

  it("runs the guide's seed-statement query and draws it in Diplograph's style", async () => {
    // A runnable block of a guide goes to the editor when clicked; the editor's button runs it.
    for (const block of await page.$$('pre.runnable')) {
      await block.click();
      await sleep(500);
      await page.click('[data-testid="editor-Run"]');
      await sleep(1500);
    }
    await page.waitForSelector('svg g.node', { timeout: 60_000 });
    await sleep(3000); // the force layout settles
    const drawn = await page.evaluate(() => ({
      nodeFills: Array.from(document.querySelectorAll('svg g.node circle')).map((c) =>
        (c.getAttribute('fill') ?? '').toUpperCase(),
      ),
      relationships: Array.from(document.querySelectorAll('svg g.relationship')).map((g) => ({
        caption: g.textContent ?? '',
        fill: (g.querySelector('path')?.getAttribute('fill') ?? '').toUpperCase(),
      })),
    }));
    expect(drawn.nodeFills).toEqual(expect.arrayContaining([STYLE.statement, STYLE.person]));
    const supports = drawn.relationships.filter((r) => r.fill === STYLE.supports);
    expect(supports.length).toBeGreaterThanOrEqual(7);
    expect(supports.every((r) => r.caption.startsWith('SUPP'))).toBe(true);
    await screenshot('3-browser-styled-graph.png');
  });

  it('refuses, from a page on another origin, the HTTP request that ran Cypher before', async () => {
    const neo4jOrigin = new URL(browserUrl).origin;
    const other = await browser.newPage();
    try {
      await other.goto(`${apiUrl}/`);
      const outcome = await other.evaluate(async (endpoint: string) => {
        try {
          const response = await fetch(endpoint, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ statements: [{ statement: 'CREATE (:CrossOriginProbe)' }] }),
          });
          return `status ${response.status}`;
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      }, `${neo4jOrigin}/db/neo4j/tx/commit`);
      expect(outcome).toMatch(/^refused/);
    } finally {
      await other.close();
    }
    const db = new Database({
      uri: boltUri,
      user: 'neo4j',
      password: readLocalPassword(serve.dataDir),
      database: 'neo4j',
    });
    try {
      const { records } = await db.read<{ n: number }>(
        'RETURN COUNT { MATCH (:CrossOriginProbe) } AS n',
      );
      expect(records[0]!.get('n')).toBe(0);
    } finally {
      await db.close();
    }
  });
});
