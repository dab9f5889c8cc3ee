import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARRAY_DELIMITER, CsvTable, UnwritableValue } from '../../../src/import/csv-table';

describe('CsvTable (the importer CSV files)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'csv-table-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const columns = [
    { name: ':ID' },
    { name: 'text', type: 'string' as const },
    { name: 'aliases', type: 'string[]' as const },
    { name: 'ord', type: 'long' as const },
    { name: 'known', type: 'boolean' as const },
    { name: ':LABEL' },
  ];

  it('writes a typed header, quotes text (quotes doubled), joins lists and labels, leaves nulls and empty lists empty', async () => {
    const table = new CsvTable(dir, 'nodes', 'nodes', columns);
    table.add(['A|1', 'He said "no", twice', ['x', 'y'], 3, true, ['Actor', 'Person']]);
    table.add(['A|2', '', [], null, false, ['Actor']]);
    await table.close();
    const lines = readFileSync(table.file, 'utf8').split('\n');
    expect(lines[0]).toBe(':ID,text:string,aliases:string[],ord:long,known:boolean,:LABEL');
    expect(lines[1]).toBe(
      `"A|1","He said ""no"", twice","x${ARRAY_DELIMITER}y",3,true,"Actor${ARRAY_DELIMITER}Person"`,
    );
    expect(lines[2]).toBe('"A|2","",,,false,"Actor"');
    expect(table.rows).toBe(2);
    expect(table.multiline).toBe(false);
  });

  it('notes a line break in any value (the importer must then read multi-line fields)', async () => {
    const table = new CsvTable(dir, 'nodes', 'nodes', columns);
    table.add(['A|1', 'one\ntwo', null, null, null, ['Actor']]);
    await table.close();
    expect(table.multiline).toBe(true);
  });

  it('refuses a value holding the list separator rather than splitting it', () => {
    const table = new CsvTable(dir, 'nodes', 'nodes', columns);
    expect(() => table.add(['A|1', null, [`a${ARRAY_DELIMITER}b`], null, null, ['Actor']])).toThrow(
      UnwritableValue,
    );
    return table.close();
  });
});
