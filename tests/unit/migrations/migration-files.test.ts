import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  migrationChecksum,
  parseMigration,
  readMigrations,
} from '../../../src/migrations/migration-files';
import { MIGRATIONS_DIR } from '../../../src/migrations/migrator';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('migration files', () => {
  it('parses version, name and statements', () => {
    const migration = parseMigration(
      '007_add_index.cypher',
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);',
    );
    expect(migration).toMatchObject({
      version: 7,
      name: 'add_index',
      file: '007_add_index.cypher',
    });
    expect(migration.statements).toHaveLength(1);
  });

  it('gives the same checksum to LF and CRLF versions of a file, and another to a changed one', () => {
    const lf = 'RETURN 1;\nRETURN 2;\n';
    expect(migrationChecksum(lf)).toBe(migrationChecksum(lf.replace(/\n/g, '\r\n')));
    expect(migrationChecksum(lf)).not.toBe(migrationChecksum('RETURN 1;\nRETURN 3;\n'));
  });

  it.each(['1_short.cypher', '001-dash.cypher', '001_Upper.cypher', 'init.cypher'])(
    'refuses the file name %s with MIGRATION_FILE_INVALID',
    (file) => {
      expect(() => parseMigration(file, 'RETURN 1')).toThrow(
        expect.objectContaining({ code: 'MIGRATION_FILE_INVALID', details: { file } }),
      );
    },
  );

  it('refuses a file without statements', () => {
    expect(() => parseMigration('001_empty.cypher', '// only a comment\n')).toThrow(
      /no Cypher statement/,
    );
  });

  it('reads a directory in version order, ignoring other files', () => {
    const dir = dirWith({
      '010_b.cypher': 'RETURN 10',
      '002_a.cypher': 'RETURN 2',
      'README.md': 'not a migration',
    });
    expect(readMigrations(dir).map((m) => m.file)).toEqual(['002_a.cypher', '010_b.cypher']);
  });

  it('refuses two files with one version', () => {
    const dir = dirWith({ '003_a.cypher': 'RETURN 1', '0003_b.cypher': 'RETURN 2' });
    expect(() => readMigrations(dir)).toThrow(
      /003_a.cypher and 0003_b.cypher|0003_b.cypher and 003_a.cypher/,
    );
  });

  it('reads the project migrations without error', () => {
    expect(readMigrations(MIGRATIONS_DIR).length).toBeGreaterThan(0);
  });
});
