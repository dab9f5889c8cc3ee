import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Relationship } from 'neo4j-driver';
import { seedIfEmpty } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { BROWSER_SITE_DIR } from '../../../src/http/browser-site';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { testLogger } from '../../support/test-logger';

/** The guide as Browser gets it: every runnable block, in order, `:params` blocks included. */
function runnableBlocks(): { slide: string; text: string }[] {
  const html = readFileSync(path.join(BROWSER_SITE_DIR, 'guide.html'), 'utf8');
  const blocks: { slide: string; text: string }[] = [];
  for (const slide of html.split('<slide').slice(1)) {
    const title = /<h3>([^<]*)<\/h3>/.exec(slide)?.[1] ?? '?';
    for (const match of slide.matchAll(/<pre class="[^"]*runnable[^"]*">([\s\S]*?)<\/pre>/g)) {
      blocks.push({ slide: unescapeHtml(title), text: unescapeHtml(match[1]!) });
    }
  }
  return blocks;
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Browser's `:params {…}`: a Cypher map literal, evaluated the way Browser does, by Neo4j. */
async function evaluateParams(db: Database, command: string): Promise<Record<string, unknown>> {
  const literal = command.replace(/^:params\s+/, '');
  const { records } = await db.read<{ params: Record<string, unknown> }>(
    `RETURN ${literal} AS params`,
  );
  return records[0]!.get('params');
}

describe('the Neo4j Browser guide (cypher/browser/site/guide.html)', () => {
  let db: Database;
  const results = new Map<string, unknown[]>();

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await seedIfEmpty(db, testLogger);
    let params: Record<string, unknown> = {};
    for (const block of runnableBlocks()) {
      if (block.text.startsWith(':params')) {
        params = await evaluateParams(db, block.text);
        continue;
      }
      // Export procedures write a file: the guide runs them in a write transaction too.
      const { records } = await db.write(block.text, params).catch((error: Error) => {
        throw new Error(`slide "${block.slide}": ${error.message}`);
      });
      results.set(
        block.slide,
        records.map((r) => r.toObject()),
      );
    }
  });
  afterAll(() => db.close());

  it('runs every query on every slide against the seed, each query of cypher/queries among them', () => {
    const queryFiles = readFileSync(path.join(BROWSER_SITE_DIR, 'guide.html'), 'utf8').match(
      /<h3>cypher\/queries\/[^<]+<\/h3>/g,
    );
    const queriesDir = path.resolve(__dirname, '../../../cypher/queries');
    const expected = readdirSync(queriesDir).filter((file) => file.endsWith('.cypher'));
    expect(queryFiles).toHaveLength(expected.length);
    expect(results.size).toBeGreaterThanOrEqual(expected.length + 8);
  });

  it("draws the seed statement's stances as typed SUPPORTS relationships, with quotes and source", () => {
    const rows = results.get('The seed statement, its stances, quotes and source') as {
      stance: Relationship;
      quote: unknown;
      source: unknown;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(new Set(rows.map((row) => row.stance.type))).toEqual(new Set(['SUPPORTS']));
    expect(rows.every((row) => row.quote !== null && row.source !== null)).toBe(true);
  });

  it('finds the red line with its trigger event, and the peace plan with who proposed it', () => {
    const redLines = results.get('Red lines and their trigger events') as {
      event: unknown;
      stance: Relationship | null;
    }[];
    expect(redLines.some((row) => row.event !== null && row.stance !== null)).toBe(true);
    const plans = results.get('Peace plans and who stands where') as { proposedBy: unknown }[];
    expect(plans.some((row) => row.proposedBy !== null)).toBe(true);
  });

  it('exports the topic to GraphML for Gephi through APOC', () => {
    const [row] = results.get("A topic's subgraph to GraphML, for Gephi") as {
      file: string;
      nodes: number;
    }[];
    expect(row).toMatchObject({ file: 'nagorno-karabakh.graphml' });
    expect(row!.nodes).toBeGreaterThan(5);
  });

  it('finds the seed quote by full-text search', () => {
    expect(results.get('Full-text search')!.length).toBeGreaterThan(0);
  });
});
