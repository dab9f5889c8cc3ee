import { splitCypherStatements } from '../../../src/migrations/cypher-statements';

describe('splitCypherStatements', () => {
  it('splits at semicolons and trims', () => {
    expect(splitCypherStatements('CREATE (a);\n  CREATE (b) ;\n')).toEqual([
      'CREATE (a)',
      'CREATE (b)',
    ]);
  });

  it('keeps a last statement without a semicolon', () => {
    expect(splitCypherStatements('RETURN 1;\nRETURN 2')).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('ignores semicolons inside strings, quoted names and comments', () => {
    const source = [
      'CREATE (:T {a: \'x;y\', b: "p;q"});',
      'MATCH (`we;ird`) RETURN `we;ird`;',
      '// a comment; still a comment',
      '/* block; comment */ RETURN 3;',
    ].join('\n');
    expect(splitCypherStatements(source)).toEqual([
      'CREATE (:T {a: \'x;y\', b: "p;q"})',
      'MATCH (`we;ird`) RETURN `we;ird`',
      '// a comment; still a comment\n/* block; comment */ RETURN 3',
    ]);
  });

  it('understands escaped quotes in strings and doubled backticks in names', () => {
    expect(splitCypherStatements("RETURN 'it\\'s;' AS `a``;b`; RETURN 2")).toEqual([
      "RETURN 'it\\'s;' AS `a``;b`",
      'RETURN 2',
    ]);
  });

  it('drops empty statements and ones holding only comments', () => {
    expect(splitCypherStatements(';;\n// nothing here\n;  ;')).toEqual([]);
  });
});
