import { readIngestFile } from '../../../src/ingest/read/ingest-file';
import { checkStructure, describePath } from '../../../src/ingest/validate/structure';

function check(name: string, text: string) {
  const read = readIngestFile(name, Buffer.from(text, 'utf8'));
  if (!read.ok) return { ok: false as const, issues: read.issues };
  return checkStructure(read.parsed);
}

describe('structure checks', () => {
  it('reports a missing file as UNREADABLE_FILE, not as a crash', () => {
    expect(readIngestFile('/nonexistent/diplograph/statements.yaml')).toEqual({
      ok: false,
      issues: [
        {
          code: 'UNREADABLE_FILE',
          file: '/nonexistent/diplograph/statements.yaml',
          message: 'cannot read the file (ENOENT)',
        },
      ],
    });
  });

  it('describes paths as record and field', () => {
    expect(describePath(['statements', 3, 'stances', 0, 'act'])).toEqual({
      record: 'statements[3]',
      field: 'stances[0].act',
    });
    expect(describePath(['format'])).toEqual({ field: 'format' });
  });

  it('says MISSING_FIELD naming a required field left out, enumerations included', () => {
    const result = check(
      'a.json',
      JSON.stringify({
        format: 'diplograph/v1',
        statements: [
          {
            date: '2020',
            quotes: [{ ref: 'q', text: 'Words.' }],
            stances: [{ position: 'CEASEFIRE:x', quote: 'q' }],
          },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.code, i.record, i.field, i.message])).toEqual([
      [
        'MISSING_FIELD',
        'statements[0]',
        'onBehalfOf',
        'the required field "onBehalfOf" is missing',
      ],
      [
        'MISSING_FIELD',
        'statements[0]',
        'stances[0].stance',
        'the required field "stance" is missing',
      ],
    ]);
  });

  it('fills defaults: ASSERTED modality, empty lists', () => {
    const result = check(
      'a.json',
      JSON.stringify({
        format: 'diplograph/v1',
        statements: [
          {
            date: '2020',
            kind: 'SPEECH',
            onBehalfOf: ['IRN'],
            quotes: [{ ref: 'q', text: 't' }],
            stances: [{ position: 'X:Y', stance: 'NEUTRAL', act: 'AFFIRMS', quote: 'q' }],
          },
        ],
      }),
    );
    expect(result.ok && result.checked.document.statements[0]?.stances[0]?.modality).toBe(
      'ASSERTED',
    );
    expect(result.ok && result.checked.document.actors).toEqual([]);
  });

  it('reports every problem of a file at once, with lines', () => {
    const result = check(
      'b.yaml',
      'format: diplograph/v1\nstatements:\n  - date: 2020-02-30\n    kind: SPEACH\n',
    );
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.code, i.line, i.field])).toEqual(
      expect.arrayContaining([
        ['INVALID_DATE', 3, 'date'],
        ['UNKNOWN_VALUE', 4, 'kind'],
        ['MISSING_FIELD', 3, 'onBehalfOf'],
      ]),
    );
  });
});
