import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../../src/neo4j/database';
import { columnNames, declaredQueries, queryName } from '../../../src/neo4j/query-file';
import { openTestDatabase, resetAndMigrate } from '../../support/database';

const src = path.resolve(__dirname, '../../../src');

// Every module that declares queries: loading them fills the list of declared queries.
for (const entry of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for its declarations
  if (entry.endsWith('.queries.ts')) require(path.join(src, entry));
}

/** The columns Neo4j says a query returns, without running it. */
async function explainedColumns(db: Database, text: string): Promise<string[]> {
  const session = db.driver.session({ database: db.name });
  try {
    return await session.run(`EXPLAIN ${text}`).keys();
  } finally {
    await session.close();
  }
}

describe('every declared query returns exactly the columns of its row type', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  afterAll(async () => db.close());

  it.each(declaredQueries().map((query) => [queryName(query), query] as const))(
    'cypher/%s',
    async (_file, query) => {
      const columns = await explainedColumns(db, query.text());
      expect([...columns].sort()).toEqual(columnNames(query).sort());
    },
  );
});
