import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateInputs } from '../../../src/ingest/ingest';
import type { IngestIssue } from '../../../src/ingest/issues';
import type { Database } from '../../../src/neo4j/database';
import { REFERENCE_DATA, openTestDatabase, resetAndMigrate } from '../../support/database';

interface CorpusCase {
  file: string;
  code: string | null;
  line?: number;
  record?: string;
  field?: string;
  closest?: string[];
}

const corpusDir = path.join(__dirname, '..', '..', 'fixtures', 'bad-input');
const { cases } = JSON.parse(readFileSync(path.join(corpusDir, 'cases.json'), 'utf8')) as {
  cases: CorpusCase[];
};

/** Each file of tests/fixtures/bad-input, with the first issue validation must report for it. */
describe('bad-input corpus', () => {
  let db: Database;

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
  });
  afterAll(async () => db.close());

  it('has at least 25 refusal cases', () => {
    expect(cases.filter((c) => c.code !== null).length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.file, c] as const))('%s', async (file, expected) => {
    const run = validateInputs(db, [{ file: path.join(corpusDir, file) }]);
    if (expected.code === null) {
      await expect(run).resolves.toBeDefined();
      return;
    }
    let issues: IngestIssue[] = [];
    await run.then(
      () => {
        throw new Error(`${file} was accepted`);
      },
      (error: { code: string; details: { issues: IngestIssue[] } }) => {
        expect(error.code).toBe('INGEST_INVALID');
        issues = error.details.issues;
      },
    );
    const first = issues[0]!;
    expect(first.code).toBe(expected.code);
    expect(first.file).toBe(path.join(corpusDir, file));
    if (expected.line !== undefined) expect(first.line).toBe(expected.line);
    if (expected.record !== undefined) expect(first.record).toBe(expected.record);
    if (expected.field !== undefined) expect(first.field).toBe(expected.field);
    if (expected.closest !== undefined)
      expect(first.closest).toEqual(expect.arrayContaining(expected.closest));
  });

  it('writes nothing for any of them', async () => {
    const { records } = await db.read<{ n: number }>(
      `MATCH (n) WHERE NOT ${REFERENCE_DATA} RETURN count(n) AS n`,
    );
    expect(records[0]!.get('n')).toBe(0);
  });
});
