import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/config/paths';
import { ingest } from '../../src/ingest/ingest';
import { cypher } from '../../src/neo4j/cypher-files';
import type { Database } from '../../src/neo4j/database';

/** tests/fixtures/comparison: the YAML, the results computed by hand, and what is retracted. */
export const COMPARISON_DIR = fromRoot('tests', 'fixtures', 'comparison');
export const COMPARISON_YAML = fromRoot('tests', 'fixtures', 'comparison', 'comparison.yaml');
export const RETRACTED_STATEMENT = 'statement:cmp-027';

/** expected.json, typed by the test that reads it (see the unit test for the full shape). */
export function expectedComparison<T>(): T {
  return JSON.parse(
    readFileSync(fromRoot('tests', 'fixtures', 'comparison', 'expected.json'), 'utf8'),
  ) as T;
}

/**
 * The fixture as the graph holds it after use: ingested like any file, then cmp-027 retracted
 * the way the API retracts (the same Cypher), so every expected result leaves it out.
 */
export async function loadComparisonFixture(db: Database): Promise<void> {
  await ingest(db, [{ file: COMPARISON_YAML }]);
  await db.write(cypher('graphql/retract-statement.cypher'), {
    id: RETRACTED_STATEMENT,
    reason: 'test fixture: retracted by the speaker',
    by: 'test',
  });
}
