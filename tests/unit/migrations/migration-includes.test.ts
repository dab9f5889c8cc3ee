import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationChecksum, parseMigration } from '../../../src/migrations/migration-files';
import { MIGRATIONS_DIR } from '../../../src/migrations/migrator';

const ROOT = path.resolve(__dirname, '../../..');

describe('a migration that includes a query of the code', () => {
  it('runs the lines of the query below its mark in place of the include line', () => {
    const migration = parseMigration(
      '900_counted.cypher',
      'MATCH (s:Statement)\nCALL (s) {\n  WITH s, {} AS row\n  // include statements/count-in-stance-months.cypher\n} IN TRANSACTIONS OF 1000 ROWS;',
    );
    const query = readFileSync(
      path.join(ROOT, 'cypher/statements/count-in-stance-months.cypher'),
      'utf8',
    );
    const body = query.slice(query.indexOf('\n', query.indexOf('// ---- included from here')));
    expect(migration.statements).toHaveLength(1);
    expect(migration.statements[0]).toContain(body.trim());
    expect(migration.statements[0]).not.toContain('// include');
    expect(migration.statements[0]).not.toContain('$counted');
  });

  it('is checksummed by its own text, and says which earlier checksums it replaces', () => {
    const text = readFileSync(path.join(MIGRATIONS_DIR, '005_stance_months.cypher'), 'utf8');
    const migration = parseMigration('005_stance_months.cypher', text);
    expect(migration.checksum).toBe(migrationChecksum(text));
    // 005 as graphs recorded it before its computation moved to the shared query.
    expect(migration.replacesChecksums).toEqual([
      '452a5ed01fc3b78c0599a6d0e0e148bdbd070268d6540fa582b4efc8e3db2001',
    ]);
  });

  it('refuses an include of a query without the mark, with MIGRATION_FILE_INVALID', () => {
    expect(() =>
      parseMigration('900_bad.cypher', '// include statements/retract.cypher\nRETURN 1;'),
    ).toThrow(expect.objectContaining({ code: 'MIGRATION_FILE_INVALID' }));
  });
});
