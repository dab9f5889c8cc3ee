import { readIngestFile } from '../../../src/ingest/read/ingest-file';
import { checkStatementRecord, checkStructure } from '../../../src/ingest/validate/structure';

function check(text: string) {
  const read = readIngestFile('draft.yaml', Buffer.from(text));
  if (!read.ok) throw new Error('expected the YAML to parse');
  return checkStructure(read.parsed);
}

const DRAFT = `format: diplograph/v1
statements:
  - date: 2024-05-14
    speaker: person:ingrid-haugland
    onBehalfOf: [NOR]
    quotes:
      - ref: q1
        text: There is no military solution to this war.
        review: { check: direct quote }
    stances:
      - position: NEGOTIATED_SETTLEMENT:sudan-war
        stance: SUPPORTS
        quote: q1
        review: { check: position, confidence: 0.8 }
    review: { check: speaker }
`;

describe('review markers left in a file', () => {
  it('are refused, one UNREVIEWED_DRAFT a marker, each naming record, field and line', () => {
    const result = check(DRAFT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'UNREVIEWED_DRAFT',
        record: 'statements[0]',
        field: 'quotes[0].review',
        line: 9,
      }),
      expect.objectContaining({ record: 'statements[0]', field: 'stances[0].review', line: 14 }),
      expect.objectContaining({ record: 'statements[0]', field: 'review', line: 15 }),
    ]);
  });

  it('are reported with the other problems of the file, not instead of them', () => {
    const result = check(DRAFT.replace('stance: SUPPORTS', 'stance: SUPPORT'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toEqual([
      'UNREVIEWED_DRAFT',
      'UNREVIEWED_DRAFT',
      'UNREVIEWED_DRAFT',
      'UNKNOWN_VALUE',
    ]);
  });

  it('once deleted, leave a valid file', () => {
    expect(check(DRAFT.replace(/^\s*review:.*\n/gm, '')).ok).toBe(true);
  });

  it('are refused in an NDJSON record too', () => {
    const record = {
      date: '2024-05-14',
      onBehalfOf: ['NOR'],
      review: { check: 'speaker' },
    };
    const result = checkStatementRecord('feed.ndjson', { index: 4, line: 5, value: record });
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'UNREVIEWED_DRAFT',
          record: 'statements[4]',
          field: 'review',
          line: 5,
        }),
      ],
    });
  });
});
