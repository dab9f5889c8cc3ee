import type { StatementExportRow } from '../../../src/export/export.queries';
import { redLineStatusRecords } from '../../../src/export/red-line-status-records';

const row = (
  onBehalfOf: string[],
  redLineStatuses: StatementExportRow['redLineStatuses'],
): StatementExportRow => ({
  id: 'statement:x',
  date: '2020-10-20',
  datePrecision: 'DAY',
  kind: null,
  speakers: [],
  urls: [],
  onBehalfOf,
  topics: [],
  summary: null,
  language: null,
  location: null,
  respondsTo: [],
  reportedIn: [],
  quotes: [],
  stances: [],
  planStatuses: [],
  redLineStatuses,
  distinctFrom: [],
});

const refs = new Map([
  ['quote:a', 'a'],
  ['quote:b', 'b'],
]);

describe('red line statuses in the export', () => {
  it('are left out when there are none', () => {
    expect(redLineStatusRecords(row(['IRN'], []), refs)).toBeUndefined();
  });

  it('give `by` only when it is not the onBehalfOf (in any order), sorted by red line, status, quote', () => {
    const records = redLineStatusRecords(
      row(
        ['USA', 'FRA'],
        [
          { redLine: 'RED_LINE:Y', status: 'INVOKED', quoteId: 'quote:a', by: ['FRA'] },
          { redLine: 'RED_LINE:X', status: 'RESTATED', quoteId: 'quote:b', by: ['FRA', 'USA'] },
          { redLine: 'RED_LINE:X', status: 'DECLARED', quoteId: 'quote:a', by: ['USA', 'FRA'] },
        ],
      ),
      refs,
    );
    expect(records).toEqual([
      { redLine: 'RED_LINE:X', status: 'DECLARED', quote: 'a' },
      { redLine: 'RED_LINE:X', status: 'RESTATED', quote: 'b' },
      { redLine: 'RED_LINE:Y', status: 'INVOKED', quote: 'a', by: ['FRA'] },
    ]);
  });
});
