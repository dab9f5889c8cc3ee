import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadExamples } from '../../../src/http/examples';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'examples-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loadExamples', () => {
  it('reads the .graphql files in file-name order, named without the extension', () => {
    const dir = dirWith({
      '02-speakers.graphql': '{ speakers { name } }\n',
      '01-statements.graphql': 'query Statements { statements { id } }\n',
      '10-positions.graphql': '{ positions { id } }\n',
    });
    expect(loadExamples(dir)).toEqual([
      { name: '01-statements', query: 'query Statements { statements { id } }\n' },
      { name: '02-speakers', query: '{ speakers { name } }\n' },
      { name: '10-positions', query: '{ positions { id } }\n' },
    ]);
  });

  it('orders by code unit, not by locale, so every machine shows the same tabs', () => {
    const dir = dirWith({ 'b.graphql': '{ b }', 'C.graphql': '{ C }', 'a.graphql': '{ a }' });
    expect(loadExamples(dir).map((e) => e.name)).toEqual(['C', 'a', 'b']);
  });

  it('skips other files and directories that merely look like examples', () => {
    const dir = dirWith({
      'one.graphql': '{ one }',
      'README.md': '# examples',
      'schema.graphqls': 'type Query { one: Int }',
      'two.graphql.bak': '{ two }',
    });
    mkdirSync(path.join(dir, 'nested.graphql'));
    expect(loadExamples(dir)).toEqual([{ name: 'one', query: '{ one }' }]);
  });

  it('drops a byte-order mark and keeps the rest of the text as written', () => {
    const dir = dirWith({ 'bom.graphql': '\uFEFF# comment\r\n{ x }\r\n' });
    expect(loadExamples(dir)).toEqual([{ name: 'bom', query: '# comment\r\n{ x }\r\n' }]);
  });

  it('gives no example for an empty directory', () => {
    expect(loadExamples(dirWith({}))).toEqual([]);
  });

  it('fails for a directory that does not exist', () => {
    expect(() => loadExamples(path.join(os.tmpdir(), 'no-such-examples-dir-x'))).toThrow(/ENOENT/);
  });
});
