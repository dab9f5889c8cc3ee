import { KEY_LABELS } from '../../../src/import/graph-snapshot';
import { setEmptyLists } from '../../../src/import/import.queries';
import type { Database } from '../../../src/neo4j/database';
import { openTestDatabase, resetDatabase } from '../../support/database';

/**
 * cypher/import/empty-lists.cypher names each label the import keys nodes by (so that each list
 * is an index seek): a label it misses would leave that label's empty lists unset, silently.
 */
describe('import: empty lists set again after the importer, for every label it keys', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await resetDatabase(db);
  });
  afterAll(async () => db.close());

  it('sets the property to [] on the node of that label and id, and on no other', async () => {
    await db.write(
      "UNWIND $labels AS label CREATE (:$(label) {id: 'empty-lists-test', other: ['kept']})",
      { labels: KEY_LABELS },
    );
    await db.write(setEmptyLists.text(), {
      lists: KEY_LABELS.map((label) => ({ label, id: 'empty-lists-test', property: 'tags' })),
    });
    await db.write(setEmptyLists.text(), {
      lists: [{ label: 'Actor', id: 'empty-lists-test', property: 'aliases' }],
    });
    const result = await db.read(
      `MATCH (n {id: 'empty-lists-test'})
       RETURN labels(n)[0] AS label, n.tags AS tags, n.aliases AS aliases, n.other AS other
       ORDER BY label`,
    );
    expect(result.records.map((r) => r.toObject())).toEqual(
      [...KEY_LABELS].sort().map((label) => ({
        label,
        tags: [],
        aliases: label === 'Actor' ? [] : null,
        other: ['kept'],
      })),
    );
  });
});
