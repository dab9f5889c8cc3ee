import path from 'node:path';
import { loadExamples } from '../../../src/http/examples';
import { expandInputs, ingest } from '../../../src/ingest/ingest';
import { SEED_DIR } from '../../../src/ingest/seed';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import { findChromium, runIdeInBrowser } from '../../support/chromium';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

const examplesDir = path.join(__dirname, '..', '..', '..', 'docs', 'examples');
const screenshot = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'test-artifacts',
  'ide-seed-statement.png',
);

// CI installs Chromium (.ci/run), so there the test must run; elsewhere it runs where one is.
const browserIt = findChromium() === undefined && process.env.CI !== 'true' ? it.skip : it;

describe('the analyst IDE in headless Chromium', () => {
  let db: Database;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await ingest(db, expandInputs([SEED_DIR]));
  });
  afterAll(async () => db.close());

  browserIt('opens, runs the first example against the seed and shows its data', async () => {
    const api = await startTestApi(db, { examples: loadExamples(examplesDir) });
    try {
      const { dom } = await runIdeInBrowser(`${api.url}/ide?run=1`, screenshot);
      expect(dom).toContain('data-ide-run="responded"');
      // The first example reads the seed statement: its speaker and a quote are in the result.
      expect(dom).toContain('Saeed Khatibzadeh');
      expect(dom).toContain('PRESS_CONFERENCE');
    } finally {
      await api.stop();
    }
  });
});
