import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { databaseReader } from '../../../src/comparison';
import { draftAgainstGraph } from '../../../src/draft';
import { GOLD_DIR } from '../../../src/draft/evaluation/run';
import { withoutReviewMarkers } from '../../../src/draft/review';
import { ingest } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import type { Database } from '../../../src/neo4j/database';
import { startTestApi } from '../../support/api';
import type { TestApi } from '../../support/api';
import { clearGraph, openTestDatabase, resetAndMigrate } from '../../support/database';

async function issuesOf(promise: Promise<unknown>): Promise<IngestIssue[]> {
  try {
    await promise;
  } catch (error) {
    expect(error).toMatchObject({ code: 'INGEST_INVALID' });
    return (error as { details: { issues: IngestIssue[] } }).details.issues;
  }
  throw new Error('expected INGEST_INVALID');
}

async function counts(db: Database): Promise<{ statements: number; nodes: number }> {
  const { records } = await db.read<{ statements: number; nodes: number }>(
    'MATCH (n) RETURN count(n) AS nodes, count { MATCH (:Statement) } AS statements',
  );
  return {
    statements: Number(records[0]!.get('statements')),
    nodes: Number(records[0]!.get('nodes')),
  };
}

/**
 * Draft, review, ingest, against the real Neo4j: the graph knows the gold set's actors and topics
 * (known.yaml ingested first), the draft resolves names against it, ingest refuses the draft while
 * a review marker remains (naming each, writing nothing), and takes it once they are gone.
 */
describe('a draft of an article, before and after review', () => {
  let db: Database;
  let draft: Awaited<ReturnType<typeof draftAgainstGraph>>;
  const article = path.join(GOLD_DIR, 'tune', '01-wire-sudan-truce.txt');

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await clearGraph(db);
    await ingest(db, [{ file: path.join(GOLD_DIR, 'known.yaml') }]);
    draft = await draftAgainstGraph(databaseReader(db), {
      text: readFileSync(article, 'utf8'),
      from: article,
    });
  });
  afterAll(async () => db.close());

  it('resolves the speakers against the graph', () => {
    const speakers = draft.draft.statements.map((s) => s.speaker.id);
    expect(speakers).toEqual(['person:ingrid-haugland', 'org:egy-ministry-of-foreign-affairs']);
    expect(draft.draft.topic).toBe('sudan-war');
  });

  it('is refused with every review marker named, and nothing written', async () => {
    const before = await counts(db);
    const issues = await issuesOf(ingest(db, [{ name: 'draft.yaml', text: draft.yaml }]));
    const statements = draft.draft.statements;
    const markers =
      2 + // the source and the document
      (draft.document.positions as unknown[]).length +
      statements.length +
      statements.reduce((n, s) => n + s.spans.length + s.stances.length, 0);
    expect(issues.map((i) => i.code)).toEqual(Array(markers).fill('UNREVIEWED_DRAFT'));
    expect(issues).toContainEqual(
      expect.objectContaining({ record: 'statements[0]', field: 'stances[0].review' }),
    );
    expect(issues.every((i) => i.line !== undefined)).toBe(true);
    expect(await counts(db)).toEqual(before);
  });

  it("is what the API's draftStatements returns", async () => {
    const api: TestApi = await startTestApi(db);
    try {
      const { body } = await api.query(
        'query ($text: String!) { draftStatements(text: $text) { yaml text statements stances } }',
        { text: readFileSync(article, 'utf8') },
      );
      const result = body.data?.draftStatements as { yaml: string; statements: number };
      // The header names where the text came from; the rest is the same draft.
      const withoutHeader = (yaml: string) => yaml.replace(/^#.*\n/gm, '');
      expect(withoutHeader(result.yaml)).toBe(withoutHeader(draft.yaml));
      expect(result.statements).toBe(2);
      const empty = await api.query('{ draftStatements(text: " ") { yaml } }');
      expect(empty.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'text',
      });
    } finally {
      await api.stop();
    }
  });

  it('ingests cleanly once the markers are removed, and again changes nothing', async () => {
    const reviewed = stringify(withoutReviewMarkers(draft.document));
    const report = await ingest(db, [{ name: 'reviewed.yaml', text: reviewed }]);
    expect(report.statementsNew).toBe(draft.draft.statements.length);
    const after = await counts(db);
    await ingest(db, [{ name: 'reviewed.yaml', text: reviewed }]);
    expect(await counts(db)).toEqual(after);
  });
});
