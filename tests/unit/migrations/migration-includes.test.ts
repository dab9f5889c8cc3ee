import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationChecksum, parseMigration } from '../../../src/migrations/migration-files';
import { MIGRATIONS_DIR } from '../../../src/migrations/migrator';
import { cypher } from '../../../src/neo4j/cypher-files';

const ROOT = path.resolve(__dirname, '../../..');

describe('a migration that includes a query of the code', () => {
  it('runs the lines of the query below its mark in place of the include line', () => {
    const migration = parseMigration(
      '900_counted.cypher',
      'MATCH (s:Statement)\nCALL (s) {\n  WITH s, {} AS row\n  // include statements/count-in-stance-months.cypher\n} IN TRANSACTIONS OF 1000 ROWS;',
    );
    // The query's own text has an include of its own (the lines that add to the months): the
    // migration gets it expanded, as the code runs it.
    const query = cypher('statements/count-in-stance-months.cypher');
    const body = query.slice(query.indexOf('\n', query.indexOf('// ---- included from here')));
    expect(migration.statements).toHaveLength(1);
    expect(migration.statements[0]).toContain(body.trim());
    expect(migration.statements[0]).toContain('MERGE (m:StanceMonth');
    expect(migration.statements[0]).not.toContain('// include');
    expect(migration.statements[0]).not.toContain('$counted');
    expect(migration.statements[0]).not.toContain('$summaries');
  });

  it('gives the code a query with its includes expanded, once each', () => {
    const raw = readFileSync(
      path.join(ROOT, 'cypher/statements/count-in-stance-months.cypher'),
      'utf8',
    );
    const added = readFileSync(
      path.join(ROOT, 'cypher/statements/add-to-stance-months.cypher'),
      'utf8',
    );
    const addedBody = added.slice(added.indexOf('\n', added.indexOf('// ---- included from here')));
    expect(raw).toContain('// include statements/add-to-stance-months.cypher');
    const expanded = cypher('statements/count-in-stance-months.cypher');
    expect(expanded).not.toContain('// include');
    expect(expanded.split('MERGE (m:StanceMonth')).toHaveLength(2);
    expect(expanded.trimEnd().endsWith(addedBody.trim())).toBe(true);
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
