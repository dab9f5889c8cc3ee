import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataMigration } from '../../../src/migrations/data-migration';
import { dataMigrationChecksum } from '../../../src/migrations/data-migration';
import { DATA_MIGRATIONS } from '../../../src/migrations/data';
import { listMigrations } from '../../../src/migrations/migration-list';
import { MIGRATIONS_DIR } from '../../../src/migrations/migrator';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const step = (version: number, name: string): DataMigration => ({
  version,
  name,
  run: () => Promise.resolve(0),
});

describe('the list of migrations', () => {
  it('puts Cypher files and data migrations in one version order', () => {
    const dir = dirWith({ '001_a.cypher': 'RETURN 1', '003_c.cypher': 'RETURN 3' });
    expect(listMigrations(dir, [step(2, 'b'), step(10, 'd')]).map((m) => m.file)).toEqual([
      '001_a.cypher',
      '002_b.ts',
      '003_c.cypher',
      '010_d.ts',
    ]);
  });

  it('refuses a data migration with the version of a file, naming both', () => {
    const dir = dirWith({ '002_a.cypher': 'RETURN 1' });
    expect(() => listMigrations(dir, [step(2, 'b')])).toThrow(
      expect.objectContaining({
        code: 'MIGRATION_FILE_INVALID',
        details: { files: ['002_a.cypher', '002_b.ts'] },
      }),
    );
  });

  it('records a data migration by its name: the checksum changes with it, not with its code', () => {
    expect(dataMigrationChecksum(step(9, 'x'))).toBe(
      dataMigrationChecksum({ ...step(9, 'x'), run: () => Promise.resolve(1) }),
    );
    expect(dataMigrationChecksum(step(9, 'x'))).not.toBe(dataMigrationChecksum(step(9, 'y')));
  });

  it("has the project's data migrations after the Cypher migrations they complete", () => {
    const files = listMigrations(MIGRATIONS_DIR, DATA_MIGRATIONS).map((m) => m.file);
    expect(files.indexOf('009_statement_fingerprints.ts')).toBe(
      files.indexOf('008_statement_fingerprint.cypher') + 1,
    );
    expect(files).toContain('010_content_hash_sets.ts');
  });
});
