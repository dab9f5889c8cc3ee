import type { StatementExportRow } from '../../../src/export/export.queries';
import { statementRecord } from '../../../src/export/records';

function row(fields: Partial<StatementExportRow>): StatementExportRow {
  return {
    id: 'statement:s',
    date: '2020-10-10',
    datePrecision: 'DAY',
    kind: null,
    summary: null,
    language: null,
    location: null,
    speakers: [],
    urls: [],
    onBehalfOf: ['USA', 'FRA'],
    topics: [],
    respondsTo: [],
    reportedIn: [],
    quotes: [],
    stances: [],
    planStatuses: [],
    redLineStatuses: [],
    distinctFrom: [],
    ...fields,
  };
}

describe('a statement exported', () => {
  it('gives a lone speaker with no role as `speaker`, as before speakers had roles', () => {
    const record = statementRecord(row({ speakers: [{ actor: 'person:a', role: null, ord: 0 }] }));
    expect(record.speaker).toBe('person:a');
    expect(record).not.toHaveProperty('speakers');
    expect(statementRecord(row({}))).not.toHaveProperty('speaker');
  });

  it('gives several speakers, or one with a role, as `speakers` in the order given', () => {
    const record = statementRecord(
      row({
        speakers: [
          { actor: 'person:c', role: 'Co-Chair (United States)', ord: 2 },
          { actor: 'person:a', role: 'Co-Chair (Russia)', ord: 0 },
          { actor: 'person:b', role: null, ord: 1 },
        ],
      }),
    );
    expect(record.speakers).toEqual([
      { actor: 'person:a', role: 'Co-Chair (Russia)' },
      { actor: 'person:b' },
      { actor: 'person:c', role: 'Co-Chair (United States)' },
    ]);
    expect(record).not.toHaveProperty('speaker');
    const one = statementRecord(row({ speakers: [{ actor: 'person:a', role: 'envoy', ord: 0 }] }));
    expect(one.speakers).toEqual([{ actor: 'person:a', role: 'envoy' }]);
  });

  it('gives url-only documents as urls: alone when the source is the host, else with it', () => {
    const record = statementRecord(
      row({
        urls: [
          { url: 'https://www.mfa.gov.ir/b', source: 'source:mfa.gov.ir' },
          { url: 'https://en.irna.ir/a', source: 'source:irna' },
        ],
      }),
    );
    expect(record.urls).toEqual([
      { url: 'https://en.irna.ir/a', source: 'source:irna' },
      'https://www.mfa.gov.ir/b',
    ]);
    expect(statementRecord(row({}))).not.toHaveProperty('urls');
  });
});
