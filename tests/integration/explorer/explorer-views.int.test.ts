/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in Chromium, where document is the DOM's.
import type { HTTPRequest, Page } from 'puppeteer-core';
import { MAP_POINT_COLOUR } from '../../../src/explorer/charts/map';
import { expandInputs, ingest } from '../../../src/ingest/ingest';
import { SEED_DIR } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { changeStatus } from '../../../src/statements/status';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openExplorerBrowser } from '../../support/explorer-browser';
import type { ExplorerBrowser } from '../../support/explorer-browser';
import { loadComparisonFixture, RETRACTED_STATEMENT } from '../../support/comparison-fixture';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * The stance map, position history and statement views in Chromium, on the seed and the
 * comparison fixture together: what is drawn is checked against what the public API says.
 * Screenshots go to test-artifacts/explorer-views/.
 */

const SEED_STATEMENT = 'statement:irn-mfa-2020-10-05-press-conference';
const ACTORS = ['TUR', 'RUS', 'IRN', 'FRA', 'USA'];
const MAP =
  `/explorer/map?actors=${ACTORS.join(',')}&topic=test-war&from=2020-01&to=2021-12` +
  '&interval=QUARTER&measure=S_SCORE&minOverlap=1';

interface Pair {
  actorA: { id: string };
  actorB: { id: string };
  bucket: { key: string };
  score: number | null;
}

describe('the stance map, position history and statement views in Chromium', () => {
  let db: Database;
  let api: TestApi;
  let page: Page;
  let ui: ExplorerBrowser;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, expandInputs([SEED_DIR]));
    await loadComparisonFixture(db);
    api = await startTestApi(db);
    ui = await openExplorerBrowser('explorer-views');
    page = ui.page;
  });

  afterEach(() => {
    expect(ui.pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await ui?.close();
    await api?.stop();
    await db?.close();
  });

  const shot = (name: string) => ui.shot(name);

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await api.query(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  const svgTexts = () =>
    page.$$eval('#chart svg text', (texts) => texts.map((t) => (t.textContent ?? '').trim()));
  /** The map's points: the scatter symbols, drawn in the one colour of the series. */
  const pointCount = () =>
    page.$$eval(
      '#chart svg path',
      (paths, colour) =>
        paths.filter((p) => p.getAttribute('fill')?.toLowerCase() === colour).length,
      MAP_POINT_COLOUR.toLowerCase(),
    );

  /**
   * Every frame of the map on the page against the API's agreement for the same scope: placed ∪
   * left out = the actors; placed actors all have scores with each other; each one left out
   * lacks a score with some actor; a point drawn per placed actor. Returns the fullest frame.
   */
  async function checkEveryFrame(agreement: {
    buckets: { key: string }[];
    actors: { id: string; name: string }[];
    pairs: Pair[];
  }): Promise<{ bucket: string; placed: number }> {
    let richest = { bucket: '', placed: 0 };
    for (const [index, bucket] of agreement.buckets.entries()) {
      await page.$eval(
        '#frame',
        (e, i) => {
          (e as HTMLInputElement).value = String(i);
          e.dispatchEvent(new Event('input'));
        },
        index,
      );
      await page.waitForFunction(
        (key) => document.documentElement.dataset.frame === key,
        {},
        bucket.key,
      );
      const placed = await page.$$eval('#points tbody tr', (rows) =>
        rows.map((r) => r.dataset.id!),
      );
      const leftOut = await page.$$eval('#left-out li', (items) => items.map((i) => i.dataset.id!));
      expect([...placed, ...leftOut].sort()).toEqual([...ACTORS].sort());
      const score = (a: string, b: string) =>
        agreement.pairs.find(
          (p) =>
            p.bucket.key === bucket.key &&
            ((p.actorA.id === a && p.actorB.id === b) || (p.actorA.id === b && p.actorB.id === a)),
        )?.score ?? null;
      for (const a of placed) for (const b of placed) if (a < b) expect(score(a, b)).not.toBeNull();
      for (const a of leftOut) {
        expect(ACTORS.some((b) => b !== a && score(a, b) === null)).toBe(true);
      }
      for (const reason of await page.$$eval('#left-out li', (items) =>
        items.map((i) => i.textContent ?? ''),
      )) {
        expect(reason).toMatch(/^.+: no (score with .+\)|other actor left to compare with)$/);
      }
      expect(await pointCount()).toBe(placed.length);
      const names = placed.map((id) => agreement.actors.find((x) => x.id === id)!.name);
      expect(await svgTexts()).toEqual(expect.arrayContaining(names));
      if (placed.length > richest.placed) richest = { bucket: bucket.key, placed: placed.length };
    }
    return richest;
  }

  it('stance map: a point per placed actor, the others listed with why, a frame per period', async () => {
    const { agreement } = await data<{
      agreement: {
        buckets: { key: string }[];
        actors: { id: string; name: string }[];
        pairs: Pair[];
      };
    }>(
      `{ agreement(actors: ${JSON.stringify(ACTORS)}, topic: "test-war", from: "2020-01", to: "2021-12", interval: QUARTER) {
        buckets { key } actors { id name } pairs { actorA { id } actorB { id } bucket { key } score } } }`,
    );
    await page.goto(`${api.url}${MAP}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="map"] #chart svg');
    expect(await page.$eval('#frame', (e) => Number((e as HTMLInputElement).max) + 1)).toBe(
      agreement.buckets.length,
    );

    const richest = await checkEveryFrame(agreement);
    expect(richest.placed).toBeGreaterThanOrEqual(3);

    // The fullest frame, from a shared link: its stress in the subtitle and the text alternative.
    await page.goto(`${api.url}${MAP}&frame=${richest.bucket}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="map"] #chart svg');
    expect(await page.$eval('#frame-label', (e) => e.textContent)).toBe(richest.bucket);
    expect((await svgTexts()).some((t) => /^stress \d\.\d{3}$/.test(t))).toBe(true);
    expect(await page.$eval('figcaption', (e) => e.textContent)).toContain(
      `${richest.bucket}: ${richest.placed} actors placed by agreement`,
    );
    await shot('1-stance-map.png');
  });

  it('stance map: the slider is reachable by keyboard, in the URL, and back returns', async () => {
    await page.goto(`${api.url}${MAP}&frame=2020-Q4`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="map"]');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'frame'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('frame');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.location.search.includes('frame=2021-Q1'));
    expect(await page.evaluate(() => document.documentElement.dataset.frame)).toBe('2021-Q1');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.dataset.frame === '2020-Q4');
    expect(await page.$eval('#frame-label', (e) => e.textContent)).toBe('2020-Q4');
    await page.goForward();
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="map"]');
    expect(await page.evaluate(() => document.documentElement.dataset.frame)).toBe('2021-Q1');
  });

  it('stance map on the seed: one actor cannot be placed, and the page says why', async () => {
    await page.goto(
      `${api.url}/explorer/map?actors=IRN,AZE&topic=nagorno-karabakh&from=2020&to=2020&interval=YEAR`,
      { waitUntil: 'networkidle0' },
    );
    await page.waitForSelector('html[data-drawn="map"]');
    expect(await pointCount()).toBe(0);
    expect(await page.$$eval('#left-out li', (items) => items.map((i) => i.dataset.id))).toEqual(
      expect.arrayContaining(['IRN', 'AZE']),
    );
  });

  it('stance map: measure, missing, basis and overlap from the URL, sent to the API, kept on Show', async () => {
    const options = { measure: 'COHEN_KAPPA', missing: 'NEUTRAL', basis: 'EXPRESSED' };
    const url = `${MAP.replace(/&measure=[^&]*&minOverlap=\d+/, '')}&${new URLSearchParams({ ...options, minOverlap: '2' }).toString()}`;
    const { agreement } = await data<{
      agreement: {
        buckets: { key: string }[];
        actors: { id: string; name: string }[];
        pairs: Pair[];
      };
    }>(
      `{ agreement(actors: ${JSON.stringify(ACTORS)}, topic: "test-war", from: "2020-01", to: "2021-12",
           interval: QUARTER, measure: COHEN_KAPPA, missing: NEUTRAL, basis: EXPRESSED, minOverlap: 2) {
        buckets { key } actors { id name } pairs { actorA { id } actorB { id } bucket { key } score } } }`,
    );
    // What the page asks the API: the options of its URL.
    const sent: unknown[] = [];
    const listen = (request: HTTPRequest) => {
      const body = request.url().endsWith('/graphql') ? request.postData() : undefined;
      const parsed =
        body === undefined
          ? undefined
          : (JSON.parse(body) as { query: string; variables: unknown });
      if (parsed?.query.includes('agreement(')) sent.push(parsed.variables);
    };
    page.on('request', listen);
    try {
      await page.goto(`${api.url}${url}`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('html[data-drawn="map"]');
    } finally {
      page.off('request', listen);
    }
    expect(sent).toEqual([
      expect.objectContaining({ ...options, minOverlap: 2, interval: 'QUARTER' }),
    ]);
    const value = (id: string) => page.$eval(`#${id}`, (e) => (e as HTMLSelectElement).value);
    expect([await value('measure'), await value('missing'), await value('basis')]).toEqual(
      Object.values(options),
    );
    expect(await value('min-overlap')).toBe('2');
    // What is drawn is that answer, frame by frame.
    await checkEveryFrame(agreement);
    await shot('1b-stance-map-options.png');

    // Another option, then Show: in the URL with the others kept.
    await page.select('#basis', 'IN_FORCE');
    await page.click('#scope button[type="submit"]');
    await page.waitForFunction(() => window.location.search.includes('basis=IN_FORCE'));
    const state = new URL(page.url()).searchParams;
    expect([state.get('measure'), state.get('missing'), state.get('minOverlap')]).toEqual([
      'COHEN_KAPPA',
      'NEUTRAL',
      '2',
    ]);

    // A value the definition does not have: said, naming the URL parameter, and nothing asked.
    await page.goto(`${api.url}${MAP}&basis=SOMETIMES`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#chart .error');
    expect(await page.$eval('#chart .error', (e) => e.textContent)).toBe(
      'In the URL, basis: SOMETIMES is not one of IN_FORCE, EXPRESSED.',
    );
  });

  it('position history: picked by name, each shift marked and listed with both statements', async () => {
    const { positionHistory: history } = await data<{
      positionHistory: {
        actor: { name: string };
        position: { label: string };
        stances: { date: string }[];
        shifts: {
          from: { evidence: { statementId: string }[] };
          to: { evidence: { statementId: string }[] };
        }[];
      };
    }>(
      `{ positionHistory(actor: "TUR", position: "CEASEFIRE:test-war") { actor { name } position { label }
        stances { date } shifts { from { evidence { statementId } } to { evidence { statementId } } } } }`,
    );
    expect(history.shifts.length).toBeGreaterThan(0);
    await page.goto(`${api.url}/explorer/history`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#actor-input');
    await page.type('#actor-input', history.actor.name);
    await page.keyboard.press('Enter');
    await page.type('#position-input', history.position.label);
    await page.keyboard.press('Enter');
    await page.click('#scope button[type="submit"]');
    await page.waitForSelector('html[data-drawn="history"] #chart svg');
    const url = new URL(page.url());
    expect([url.searchParams.get('actor'), url.searchParams.get('position')]).toEqual([
      'TUR',
      'CEASEFIRE:test-war',
    ]);
    // A dashed marker labelled "shift" per shift, and the list of them with both sides' statements.
    expect((await svgTexts()).filter((t) => t === 'shift')).toHaveLength(history.shifts.length);
    await page.waitForSelector('#shifts li.shift');
    const listed = await page.$$eval('#shifts li.shift', (items) =>
      items.map((item) =>
        [...item.querySelectorAll('.side')].map((side) =>
          [...side.querySelectorAll('li[data-statement]')].map((li) =>
            li.getAttribute('data-statement'),
          ),
        ),
      ),
    );
    expect(listed).toEqual(
      history.shifts.map((s) => [
        [...new Set(s.from.evidence.map((e) => e.statementId))],
        [...new Set(s.to.evidence.map((e) => e.statementId))],
      ]),
    );
    expect(await page.$eval('figcaption', (e) => e.textContent)).toContain(
      `${history.stances.length} days with a stance`,
    );
    await shot('2-position-history.png');

    // The evidence links to the statement's own page.
    const first = history.shifts[0]!.to.evidence[0]!.statementId;
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'networkidle0' }),
      page.click(`#shifts li[data-statement="${first}"] a[href^="/explorer/statement"]`),
    ]);
    await page.waitForSelector('html[data-drawn="statement"]');
    expect(await page.$eval('#statement-code', (e) => e.textContent)).toBe(first);
    // Back to the same history.
    await page.goBack({ waitUntil: 'networkidle0' });
    await page.waitForSelector('html[data-drawn="history"]');
    expect(
      await page.$$eval('[data-field="position"] .chip', (c) =>
        c.map((x) => x.getAttribute('data-id')),
      ),
    ).toEqual(['CEASEFIRE:test-war']);
  });

  it('position history on the seed: one day, no shift, said so; its evidence by keyboard', async () => {
    await page.goto(
      `${api.url}/explorer/history?actor=IRN&position=${encodeURIComponent('CEASEFIRE:nagorno-karabakh')}`,
      { waitUntil: 'networkidle0' },
    );
    await page.waitForSelector('html[data-drawn="history"] #chart svg');
    expect((await svgTexts()).filter((t) => t === 'shift')).toHaveLength(0);
    expect(await page.$eval('#shifts', (e) => e.textContent)).toMatch(/^No shift/);
    // The keyboard's way to a day's evidence: the list under the chart.
    await page.focus('#table summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      '2020-10-05: supports',
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('#evidence:not([hidden]) li');
    expect(
      await page.$$eval('#evidence li', (items) => items.map((i) => i.dataset.statement)),
    ).toEqual([SEED_STATEMENT]);
  });

  it('statement: speaker and role, on behalf of, quotes, stances and sources of the seed', async () => {
    const { statement } = await data<{
      statement: {
        speaker: { name: string };
        onBehalfOf: { name: string }[];
        quotes: { quote: { text: string } }[];
        stances: { position: { id: string } }[];
        documents: { url: string }[];
      };
    }>(
      `query S($id: ID!) { statement(id: $id) { speaker { name } onBehalfOf { name }
        quotes { quote { text } } stances { position { id } } documents { url } } }`,
      { id: SEED_STATEMENT },
    );
    await page.goto(`${api.url}/explorer/statement/${encodeURIComponent(SEED_STATEMENT)}`, {
      waitUntil: 'networkidle0',
    });
    await page.waitForSelector('html[data-drawn="statement"]');
    const field = (name: string) =>
      page.$eval(`[data-field="${name}"]`, (e) => e.textContent ?? '');
    expect(await field('speaker')).toMatch(
      new RegExp(`^${statement.speaker.name} — Spokesman of the Foreign Ministry, `),
    );
    expect(await field('on-behalf-of')).toBe(statement.onBehalfOf.map((a) => a.name).join(', '));
    expect(await page.$$eval('#quotes blockquote', (q) => q.map((x) => x.textContent))).toEqual(
      statement.quotes.map((q) => q.quote.text),
    );
    expect(
      await page.$$eval('#stances tbody tr', (rows) => rows.map((r) => r.dataset.position)),
    ).toEqual(statement.stances.map((s) => s.position.id));
    const links = await page.$$eval('#documents a', (a) => a.map((x) => x.getAttribute('href')));
    expect(links).toEqual(statement.documents.map((d) => d.url).filter((u) => u !== null));
    expect(await page.$eval('#corrections [data-status]', (e) => e.textContent)).toBe(
      'Status: active',
    );
    await shot('3-statement-seed.png');
  });

  it('statement: a retraction with its reason, and a supersession linked to its replacement', async () => {
    await page.goto(`${api.url}/explorer/statement?id=${encodeURIComponent(RETRACTED_STATEMENT)}`, {
      waitUntil: 'networkidle0',
    });
    await page.waitForSelector('html[data-drawn="statement"]');
    expect(await page.$eval('#corrections [data-status]', (e) => e.textContent)).toBe(
      'Status: retracted — test fixture: retracted by the speaker',
    );
    // Last in this file: a supersession changes what the other views would count.
    await changeStatus(db, {
      kind: 'SUPERSEDE',
      id: 'statement:cmp-001',
      replacement: 'statement:cmp-002',
      reason: 'test: a corrected transcript',
      by: 'test',
    });
    await page.goto(`${api.url}/explorer/statement?id=statement%3Acmp-001`, {
      waitUntil: 'networkidle0',
    });
    await page.waitForSelector('html[data-drawn="statement"]');
    expect(await page.$eval('#corrections [data-status]', (e) => e.textContent)).toBe(
      'Status: superseded — test: a corrected transcript',
    );
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'networkidle0' }),
      page.click('#superseded-by a'),
    ]);
    await page.waitForSelector('html[data-drawn="statement"]');
    expect(await page.$eval('#statement-code', (e) => e.textContent)).toBe('statement:cmp-002');
    // The replacement links back to what it replaces.
    expect(await page.$$eval('#supersedes a', (a) => a.map((x) => x.textContent))).toEqual([
      'statement:cmp-001',
    ]);
    await shot('4-statement-superseded.png');
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'networkidle0' }),
      page.click('#supersedes a'),
    ]);
    await page.waitForSelector('html[data-drawn="statement"]');
    expect(await page.$eval('#statement-code', (e) => e.textContent)).toBe('statement:cmp-001');
  });
});
