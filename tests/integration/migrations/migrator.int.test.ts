import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_MIGRATIONS } from '../../../src/migrations/data';
import { listMigrations } from '../../../src/migrations/migration-list';
import { migrate, MIGRATIONS_DIR } from '../../../src/migrations/migrator';
import type { Database } from '../../../src/neo4j/database';
import { openTestDatabase, resetDatabase } from '../../support/database';
import { testLogger } from '../../support/test-logger';

function copyOfProjectMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function schemaSnapshot(db: Database): Promise<string[]> {
  const { records } = await db.read<{
    name: string;
    type: string;
    labelsOrTypes: string[] | null;
    properties: string[] | null;
    state: string;
  }>('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name');
  return records.map(
    (r) =>
      `${r.get('name')} ${r.get('type')} [${(r.get('labelsOrTypes') ?? []).join(', ')}] [${(r.get('properties') ?? []).join(', ')}] ${r.get('state')}`,
  );
}

async function migrationNodes(db: Database): Promise<number> {
  const { records } = await db.read<{ n: number }>('MATCH (m:Migration) RETURN count(m) AS n');
  return records[0]!.get('n');
}

describe('migrate', () => {
  // The Cypher files and the data migrations (src/migrations/data), numbered together.
  const projectFiles = listMigrations(MIGRATIONS_DIR, DATA_MIGRATIONS).map((m) => m.file);
  let db: Database;

  beforeAll(() => {
    db = openTestDatabase();
  });
  beforeEach(async () => resetDatabase(db));
  afterAll(async () => db.close());

  it('applies every project migration once, records it, and leaves indexes online', async () => {
    const report = await migrate(db, testLogger);
    expect(report.alreadyApplied).toBe(0);
    expect(projectFiles.slice(0, 2)).toEqual([
      '001_core_keys.cypher',
      '002_statement_search.cypher',
    ]);
    expect(report.applied).toEqual(projectFiles);
    expect(await migrationNodes(db)).toBe(projectFiles.length);

    const schema = await schemaSnapshot(db);
    expect(schema).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^statement_id RANGE \[Statement\] \[id\] ONLINE$/),
        expect.stringMatching(/^statement_date RANGE \[Statement\] \[date\] ONLINE$/),
        expect.stringMatching(
          /^quote_and_summary_text FULLTEXT \[Quote, Statement\] \[text, summary\] ONLINE$/,
        ),
      ]),
    );
  });

  it('is idempotent: a second run applies nothing and changes no schema', async () => {
    await migrate(db, testLogger);
    const before = await schemaSnapshot(db);
    const second = await migrate(db, testLogger);
    expect(second).toEqual({ applied: [], alreadyApplied: projectFiles.length });
    expect(await schemaSnapshot(db)).toEqual(before);
    expect(await migrationNodes(db)).toBe(projectFiles.length);
  });

  it('applies only the migrations added since the last run', async () => {
    const dir = copyOfProjectMigrations();
    await migrate(db, testLogger, dir);
    writeFileSync(
      path.join(dir, '900_extra.cypher'),
      'CREATE INDEX extra_x IF NOT EXISTS FOR (n:Extra) ON (n.x);',
    );
    expect(await migrate(db, testLogger, dir)).toEqual({
      applied: ['900_extra.cypher'],
      alreadyApplied: projectFiles.length,
    });
  });

  it('refuses an applied migration whose file changed, naming the file, and applies nothing', async () => {
    const dir = copyOfProjectMigrations();
    await migrate(db, testLogger, dir);
    writeFileSync(
      path.join(dir, '001_core_keys.cypher'),
      'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;',
    );
    writeFileSync(
      path.join(dir, '900_extra.cypher'),
      'CREATE INDEX extra_x IF NOT EXISTS FOR (n:Extra) ON (n.x);',
    );

    await expect(migrate(db, testLogger, dir)).rejects.toMatchObject({
      code: 'MIGRATION_CHANGED',
      message: expect.stringContaining('001_core_keys.cypher'),
    });
    expect(await migrationNodes(db)).toBe(projectFiles.length);
    expect((await schemaSnapshot(db)).some((entry) => entry.startsWith('extra_x'))).toBe(false);
  });

  it('reports a failing statement with its file and number, and does not record the migration', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    writeFileSync(
      path.join(dir, '001_broken.cypher'),
      'CREATE INDEX ok_one IF NOT EXISTS FOR (n:A) ON (n.x);\nCREATE NONSENSE;',
    );
    await expect(migrate(db, testLogger, dir)).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
      details: { file: '001_broken.cypher', statement: 2 },
    });
    expect(await migrationNodes(db)).toBe(0);
  });

  it('runs a data migration in order, reports its failure by name unrecorded, and runs it again next time', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    writeFileSync(
      path.join(dir, '001_a.cypher'),
      'CREATE INDEX ok_a IF NOT EXISTS FOR (n:A) ON (n.x);',
    );
    let runs = 0;
    const step = {
      version: 2,
      name: 'flaky',
      run: () => {
        runs += 1;
        if (runs === 1) return Promise.reject(new Error('connection lost half-way'));
        return Promise.resolve(0);
      },
    };
    await expect(migrate(db, testLogger, dir, [step])).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
      details: { file: '002_flaky.ts' },
      message: expect.stringContaining('connection lost half-way'),
    });
    expect(await migrationNodes(db)).toBe(1);
    expect(await migrate(db, testLogger, dir, [step])).toEqual({
      applied: ['002_flaky.ts'],
      alreadyApplied: 1,
    });
    expect(await migrate(db, testLogger, dir, [step])).toEqual({ applied: [], alreadyApplied: 2 });
    expect(runs).toBe(2);
  });
});
