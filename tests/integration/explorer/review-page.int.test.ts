/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in Chromium, where document is the DOM's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { parse } from 'yaml';
import { hashApiKey } from '../../../src/auth/api-keys';
import { fromRoot } from '../../../src/config/paths';
import { ingest } from '../../../src/ingest/ingest';
import { SEED_DIR } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { openExplorerBrowser } from '../../support/explorer-browser';
import type { ExplorerBrowser } from '../../support/explorer-browser';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../../support/database';

/**
 * The review page in Chromium, on the seed article (../shared/seed) against a graph that knows
 * the seed's actors, places, topics and positions but holds none of its statements: the page
 * draws the draft's evidence spans, dropping an item takes it (and its highlight) away, an
 * ingest without the ingest role says so, and accepting and ingesting writes the statement,
 * seen through GraphQL afterwards. Screenshots go to test-artifacts/review-page/.
 */

const ARTICLE = readFileSync(fromRoot('tests', 'fixtures', 'draft-seed', 'presstv.txt'), 'utf8');
const SEED_FILE = path.join(SEED_DIR, 'presstv-2020-10-05-iran-karabakh-plan.yaml');
const INGEST_KEY = 'review-page-ingest-key-0123456789abcdef';

interface Marker {
  check: string;
  span?: [number, number];
}
interface DraftJson {
  statements: {
    speaker: string;
    quotes: { ref: string; text: string; review: Marker }[];
    stances: { position: string; stance: string; quote: string; review: Marker }[];
  }[];
}

/** The seed's definitions without what the draft will propose itself (its outlet, document, words). */
function seedDefinitions(): string {
  const seed = parse(readFileSync(SEED_FILE, 'utf8')) as Record<string, unknown>;
  for (const section of ['statements', 'documents', 'sources']) delete seed[section];
  return JSON.stringify(seed);
}

describe('the review page in Chromium', () => {
  let db: Database;
  let api: TestApi;
  let page: Page;
  let ui: ExplorerBrowser;
  let draft: DraftJson;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await clearGraph(db);
    await ingest(db, [{ name: 'seed-definitions.json', text: seedDefinitions() }]);
    api = await startTestApi(db, {
      keys: [{ name: 'analyst', role: 'ingest', hash: hashApiKey(INGEST_KEY) }],
    });
    ui = await openExplorerBrowser('review-page', { width: 1400, height: 1000 });
    page = ui.page;
    // Loading the drafter's NLP library takes seconds of CPU: on a loaded machine, more than once.
  }, 360_000);

  afterEach(() => {
    expect(ui.pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await ui?.close();
    await api?.stop();
    await db?.close();
  });

  const shot = (name: string) => ui.shot(name);

  /** The text of the article's marks that cover an item, joined: its highlighted evidence. */
  const highlighted = (key: string) =>
    page.$$eval(
      '#article mark',
      (marks, k) =>
        marks
          .filter((m) => m.dataset.keys?.split(' ').includes(k))
          .map((m) => m.textContent)
          .join(''),
      key,
    );
  const cardKeys = () =>
    page.$$eval('#items li.item', (items) => items.map((i) => (i as HTMLElement).dataset.key));

  it('drafts the pasted article and highlights every item’s evidence', async () => {
    // What the page will be given: the API's own draft of the article.
    const { body } = await api.query('query ($t: String!) { draftStatements(text: $t) { json } }', {
      t: ARTICLE,
    });
    draft = JSON.parse((body.data?.draftStatements as { json: string }).json) as DraftJson;
    await page.goto(`${api.url}/explorer/review`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#article-input');
    await page.$eval(
      '#article-input',
      (e, text) => ((e as HTMLTextAreaElement).value = text),
      ARTICLE,
    );
    await page.click('#draft-button');
    await page.waitForSelector('html[data-drawn="review"] #article mark');
    const [statement] = draft.statements;
    expect(statement?.speaker).toBe('person:saeed-khatibzadeh');
    // Every quote and stance of the API's draft is a card, its span highlighted in the text.
    const keys = await cardKeys();
    for (const [j, quote] of statement!.quotes.entries()) {
      const key = `statements.0.quotes.${j}`;
      expect(keys).toContain(key);
      expect(await highlighted(key)).toBe(ARTICLE.slice(...quote.review.span!));
      expect(await highlighted(key)).toBe(quote.text);
    }
    for (const [k, stance] of statement!.stances.entries()) {
      const key = `statements.0.stances.${k}`;
      expect(keys).toContain(key);
      expect(await highlighted(key)).toBe(ARTICLE.slice(...stance.review.span!));
    }
    expect(await page.$$eval('#article mark.span-stance', (m) => m.length)).toBeGreaterThanOrEqual(
      statement!.stances.length,
    );
    await shot('1-drafted.png');
  }, 300_000);

  it('drops an item: its card and its highlight go, a reported quote takes its stances along', async () => {
    const stances = draft.statements[0]!.stances;
    const reported = draft.statements[0]!.quotes.findIndex((q) =>
      q.review.check.startsWith('reported'),
    );
    const ref = draft.statements[0]!.quotes[reported]!.ref;
    const carried = stances.flatMap((s, k) =>
      s.quote === ref ? [`statements.0.stances.${k}`] : [],
    );
    const quoteKey = `statements.0.quotes.${reported}`;
    // By the keyboard: focus the quote's Drop button and press Enter.
    await page.focus(`#drop-statements-0-quotes-${reported}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (k) => !document.querySelector(`#items li[data-key="${k}"]`),
      {},
      quoteKey,
    );
    const keys = await cardKeys();
    expect(keys).not.toContain(quoteKey);
    for (const key of carried) expect(keys).not.toContain(key);
    expect(await highlighted(quoteKey)).toBe('');
    expect(new URL(page.url()).searchParams.get('dropped')).toBe(quoteKey);
    expect(await page.$eval('#dropped summary', (s) => s.textContent)).toBe('Dropped (1)');
    // A stance of a quote still in: dropped alone.
    const other = stances.findIndex((s) => s.quote !== ref);
    await page.click(`#drop-statements-0-stances-${other}`);
    await page.waitForFunction(
      (k) => !document.querySelector(`#items li[data-key="${k}"]`),
      {},
      `statements.0.stances.${other}`,
    );
    expect(await page.$eval('#dropped summary', (s) => s.textContent)).toBe('Dropped (2)');
    await shot('2-dropped.png');
  });

  it('without the ingest role, says so and writes nothing', async () => {
    await page.click('#accept-all');
    await page.click('#ingest-button');
    await page.waitForSelector('#ingest-result [role="alert"]');
    expect(
      await page.$eval('#ingest-result [role="alert"]', (e) => (e as HTMLElement).dataset.code),
    ).toBe('UNAUTHENTICATED');
    expect(await page.$eval('#ingest-result', (e) => e.textContent)).toContain('ingest role');
    const { body } = await api.query('{ statements(first: 5) { edges { node { id } } } }');
    expect(body.data?.statements).toEqual({ edges: [] });
    await shot('3-no-key.png');
  });

  it('with a key, the review survives the reload and the accepted items are ingested', async () => {
    const before = await page.$eval('#review-summary', (e) => e.textContent);
    await page.type('#api-key', INGEST_KEY);
    await Promise.all([page.waitForNavigation(), page.click('#key-form button')]);
    await page.waitForSelector('html[data-drawn="review"] #article mark');
    expect(await page.$eval('#review-summary', (e) => e.textContent)).toBe(before);
    // An edit: the last stance turned round before it goes in.
    const stances = draft.statements[0]!.stances;
    const last = stances.length - 1;
    const turned = stances[last]!.position;
    expect(stances.filter((s) => s.position === turned)).toHaveLength(1);
    await page.select(`#stance-statements-0-stances-${last}`, 'OPPOSES');
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`#items li[data-key="statements.0.stances.${id}"] h3`)
          ?.textContent?.startsWith('opposes'),
      {},
      last,
    );
    await page.click('#ingest-button');
    await page.waitForSelector('#ingest-result .ok');
    await shot('4-ingested.png');
    const ref = draft.statements[0]!.quotes.find((q) => q.review.check.startsWith('reported'))!.ref;
    const kept = stances.filter((s) => s.quote !== ref).length - 1;
    const { body } = await api.query(
      '{ statements(first: 5) { edges { node { speaker { id } quotes { ref } stances { position { id } stance } } } } }',
    );
    const nodes = (
      body.data?.statements as {
        edges: {
          node: {
            speaker: { id: string };
            quotes: { ref: string }[];
            stances: { position: { id: string }; stance: string }[];
          };
        }[];
      }
    ).edges.map((e) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.speaker.id).toBe('person:saeed-khatibzadeh');
    expect(nodes[0]!.quotes.map((q) => q.ref)).not.toContain(ref);
    expect(nodes[0]!.stances).toHaveLength(kept);
    expect(nodes[0]!.stances.filter((s) => s.position.id === turned)).toEqual([
      { position: { id: turned }, stance: 'OPPOSES' },
    ]);
  });
});
