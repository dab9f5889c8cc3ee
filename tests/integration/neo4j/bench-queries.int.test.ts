import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../../src/neo4j/database';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

// The hand-written queries of bench:peer (cypher/bench/) are pasted into Neo4j Browser by an
// analyst and timed against the API: each must plan against the real schema (indexes and hints
// named in it exist) and return the columns scripts/lib/peer-operations.mjs reads.
const dir = path.resolve(__dirname, '../../../cypher/bench');
const PAGE = ['id', 'date', 'kind', 'onBehalfOf', 'speakers', 'topics', 'stances', 'quotes'];
const COLUMNS: Record<string, string[]> = {
  'page.cypher': PAGE,
  'actor-window.cypher': PAGE,
  'speaker.cypher': PAGE,
  'topic.cypher': PAGE,
  'position-type.cypher': PAGE,
  'nested-stance.cypher': PAGE,
  'search.cypher': ['id', 'text', 'score', 'statements'],
};

describe('the hand-written benchmark queries', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  afterAll(async () => db.close());

  it('are exactly the files the benchmark knows', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    expect(files.sort()).toEqual(Object.keys(COLUMNS).sort());
  });

  it.each(Object.entries(COLUMNS))(
    'cypher/bench/%s plans and returns its columns',
    async (file, columns) => {
      const session = db.driver.session({ database: db.name });
      try {
        const text = readFileSync(path.join(dir, file), 'utf8');
        const keys = await session.run(`EXPLAIN ${text}`).keys();
        expect([...keys].sort()).toEqual([...columns].sort());
      } finally {
        await session.close();
      }
    },
  );
});
