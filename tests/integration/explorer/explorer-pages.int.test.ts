/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in Chromium, where document is the DOM's.
import type { Page } from 'puppeteer-core';
import { MEASURES, MISSING_MODES, STANCE_BASES } from '../../../src/analysis';
import { colourOf, TIMELINE_SERIES } from '../../../src/explorer/charts/timeline';
import { STANCE_COLOURS } from '../../../src/explorer/charts/palette';
import { MARKS } from '../../../src/explorer/web/timeline-marks';
import { EXPLORER_CSP } from '../../../src/http/explorer-pages';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openExplorerBrowser } from '../../support/explorer-browser';
import type { ExplorerBrowser } from '../../support/explorer-browser';
import { loadComparisonFixture } from '../../support/comparison-fixture';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * The explorer in a real browser (Debian's Chromium, headless, through puppeteer-core) on the
 * comparison fixture: the landing page, the stance timeline and the agreement heat map, drawn
 * from the public GraphQL API. Screenshots go to test-artifacts/explorer/.
 */

const TUR_2020_Q4 =
  '/explorer/timeline?actors=TUR&topic=test-war&from=2020-10&to=2020-12&interval=QUARTER';

describe('the explorer in Chromium', () => {
  let db: Database;
  let api: TestApi;
  let page: Page;
  let ui: ExplorerBrowser;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await loadComparisonFixture(db);
    api = await startTestApi(db);
    ui = await openExplorerBrowser('explorer');
    page = ui.page;
  });

  afterEach(() => {
    // A script error in the page fails the test that caused it.
    expect(ui.pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await ui?.close();
    await api?.stop();
    await db?.close();
  });

  const shot = (name: string) => ui.shot(name);

  /** The fill of every path in the chart's SVG. */
  const fills = () =>
    page.$$eval('#chart svg path', (paths) => paths.map((p) => p.getAttribute('fill') ?? ''));
  const svgTexts = () =>
    page.$$eval('#chart svg text', (texts) => texts.map((t) => (t.textContent ?? '').trim()));

  it('GET / is the landing page for a browser, the JSON links for a client', async () => {
    const json = await fetch(`${api.url}/`, { headers: { accept: 'application/json' } });
    expect(((await json.json()) as { links: { graphql: string } }).links.graphql).toBe('/graphql');
    const html = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
    expect(html.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    expect(await html.text()).toContain('<body data-view="landing">');

    await page.goto(`${api.url}/`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#counts');
    expect(await page.$eval('#counts', (e) => e.textContent)).toMatch(/^\d+ actors · 1 topics$/);
    const actors = await page.$$eval('#actors li', (items) => items.map((i) => i.dataset.id));
    expect(actors).toEqual(expect.arrayContaining(['TUR', 'RUS', 'IRN', 'FRA', 'USA']));
    expect(await page.$$eval('#latest li', (items) => items.length)).toBe(5);
    await page.type('#search-text', 'ceasefire');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#results ol li, #results p');
    await shot('1-landing.png');
  });

  it('stance timeline: a cell per stance, the legend, evidence on a click', async () => {
    await page.goto(`${api.url}${TUR_2020_Q4}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="timeline"] #chart svg');
    // What the API says the grid holds, through the same public endpoint.
    const { body } = await api.query(
      `{ positionMatrix(actors: ["TUR"], topic: "test-war", from: "2020-10", to: "2020-12", interval: QUARTER) { cells { stance mixed carried } } }`,
    );
    const cells = (
      body.data as {
        positionMatrix: { cells: { stance: string | null; mixed: boolean; carried: boolean }[] };
      }
    ).positionMatrix.cells;
    const drawn = await fills();
    for (const key of TIMELINE_SERIES) {
      const wanted = cells.filter((c) =>
        key === 'MIXED'
          ? c.mixed
          : !c.mixed && c.stance !== null && key === (c.carried ? `CARRIED_${c.stance}` : c.stance),
      ).length;
      // Its cells, and its swatch in the legend.
      expect({
        key,
        drawn: drawn.filter((f) => f.toLowerCase() === colourOf(key).toLowerCase()).length,
      }).toEqual({ key, drawn: wanted + 1 });
    }
    expect(await svgTexts()).toEqual(
      expect.arrayContaining(['Supports, carried', 'Mixed (sources conflict)', '2020-Q4']),
    );
    expect(await page.$eval('figcaption', (e) => e.textContent)).toMatch(
      /^Stances of Türkiye on \d+ positions/,
    );
    // The marks scripts/bench-explorer.mjs reads, in order, set once; drawn means every cell
    // with a stance has its button in the table.
    const marks = await page.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name).map((m) => m.startTime)),
      Object.values(MARKS),
    );
    expect(marks.map((m) => m.length)).toEqual(Object.values(MARKS).map(() => 1));
    const times = marks.map((m) => m[0]!);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(await page.$$eval('#table button.cell', (b) => b.length)).toBe(
      cells.filter((c) => c.mixed || c.stance !== null).length,
    );

    // The mixed cell (TUR on W, 2020-12-08: cmp-022 supports, cmp-023 opposes): the largest
    // shape of its colour, the legend's swatch being the other.
    const box = await page.$$eval(
      '#chart svg path',
      (paths, colour) =>
        paths
          .filter((p) => p.getAttribute('fill')?.toLowerCase() === colour)
          .map((p) => p.getBoundingClientRect())
          .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2, area: r.width * r.height }))
          .sort((a, b) => b.area - a.area)[0],
      STANCE_COLOURS.MIXED.toLowerCase(),
    );
    await page.mouse.click(box!.x, box!.y);
    await page.waitForSelector('#evidence:not([hidden]) li');
    const statements = await page.$$eval('#evidence li', (items) =>
      items.map((i) => i.dataset.statement),
    );
    expect(statements).toEqual(['statement:cmp-022', 'statement:cmp-023']);
    expect(await page.$eval('#evidence h2', (e) => e.textContent)).toContain('2020-Q4: Mixed');
    // The cell's tooltip, shown under the pointer, lies wholly within the page: a cell by the row
    // labels drew it past the left edge.
    await page.mouse.move(box!.x, box!.y);
    await page.waitForSelector('.chart-tooltip', { visible: true });
    const tip = await page.$eval('.chart-tooltip', (e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, text: e.textContent ?? '', width: innerWidth };
    });
    expect(tip.text).toContain('Mixed (sources conflict)');
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(tip.width);
    await shot('2-timeline-evidence.png');
  });

  it('timeline: the URL holds the state, and the back button restores it', async () => {
    await page.goto(`${api.url}${TUR_2020_Q4}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="timeline"]');
    await page.$eval('#from', (e) => ((e as HTMLInputElement).value = '2020-01'));
    await page.type('#actors-input', 'Russia');
    await page.keyboard.press('Enter');
    await page.click('#scope button[type="submit"]');
    await page.waitForFunction(() => window.location.search.includes('from=2020-01'));
    const after = new URL(page.url()).searchParams;
    expect(after.get('actors')).toBe('TUR,RUS');
    await page.waitForFunction(() => document.querySelectorAll('#chart svg').length === 1);
    await page.goBack();
    await page.waitForFunction(
      () => (document.getElementById('from') as HTMLInputElement).value === '2020-10',
    );
    expect(
      await page.$$eval('[data-field="actors"] .chip', (chips) =>
        chips.map((c) => c.getAttribute('data-id')),
      ),
    ).toEqual(['TUR']);
    // Reloading the shared URL draws the same.
    await page.goto(page.url(), { waitUntil: 'networkidle0' });
    expect(await page.$eval('#interval', (e) => (e as HTMLSelectElement).value)).toBe('QUARTER');
  });

  it('timeline: every stance is reachable by keyboard and opens its evidence', async () => {
    await page.goto(`${api.url}${TUR_2020_Q4}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="timeline"]');
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const tag = await page.evaluate(() => {
        const e = document.activeElement;
        return e ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}` : '';
      });
      reached.push(tag);
      if (tag === 'summary') break;
    }
    expect(reached).toEqual(
      expect.arrayContaining(['input#actors-input', 'input#from', 'select#interval', 'summary']),
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cell');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#evidence:not([hidden]) li');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });

  it('agreement: a cell per pair and year with n, the legend, positions and evidence on a click', async () => {
    await page.goto(
      `${api.url}/explorer/agreement?actors=TUR,RUS,IRN&topic=test-war&from=2020&to=2021&interval=YEAR&measure=S_SCORE`,
      { waitUntil: 'networkidle0' },
    );
    await page.waitForSelector('html[data-drawn="agreement"] #chart svg');
    // The options offered are the definition's (src/analysis), every one of them, in its order.
    const offered = (id: string) =>
      page.$$eval(`#${id} option`, (options) => options.map((o) => o.value));
    expect(await offered('measure')).toEqual([...MEASURES]);
    expect(await offered('missing')).toEqual([...MISSING_MODES]);
    expect(await offered('basis')).toEqual([...STANCE_BASES]);
    expect(await page.$eval('#measure', (e) => (e as HTMLSelectElement).value)).toBe('S_SCORE');
    const words = await svgTexts();
    expect(words.filter((w) => /^n=\d+$/.test(w))).toHaveLength(3 * 2);
    expect(words).toEqual(
      expect.arrayContaining(['Türkiye – Russia', 'agree', 'disagree', '2021']),
    );
    await page.click('#table summary');
    await page.click('#table button.cell');
    await page.waitForSelector('#evidence:not([hidden]) section.comparison');
    expect(await page.$eval('#evidence h2', (e) => e.textContent)).toMatch(
      /^Türkiye – Russia · 2020: /,
    );
    expect(
      await page.$$eval('#evidence li[data-statement]', (items) => items.length),
    ).toBeGreaterThan(0);
    await shot('3-agreement-evidence.png');
  });
});
