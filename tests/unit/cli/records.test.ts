import { recordsText } from '../../../src/cli/format/records';
import type { Column } from '../../../src/cli/format/records';

interface Row {
  id: string;
  name: string;
  about: string[];
}

const COLUMNS: Column<Row>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'about', value: (r) => r.about },
  { header: 'name', value: (r) => r.name },
];
const ROWS: Row[] = [
  { id: 'TUR', name: 'Türkiye', about: [] },
  { id: 'person:saeed-khatibzadeh', name: 'Saeed, "Khatibzadeh"', about: ['IRN', 'AZE'] },
];

describe('recordsText', () => {
  it('aligns a table with the label beside the id, lists joined', () => {
    expect(recordsText('table', COLUMNS, ROWS, 'none')).toBe(
      [
        'id                        about     name',
        'TUR                                 Türkiye',
        'person:saeed-khatibzadeh  IRN; AZE  Saeed, "Khatibzadeh"',
        '',
      ].join('\n'),
    );
  });
  it('quotes CSV fields as RFC 4180 does', () => {
    expect(recordsText('csv', COLUMNS, ROWS, 'none')).toBe(
      'id,about,name\nTUR,,Türkiye\nperson:saeed-khatibzadeh,IRN; AZE,"Saeed, ""Khatibzadeh"""\n',
    );
  });
  it('prints the rows as they are in JSON, and says when there are none', () => {
    expect(JSON.parse(recordsText('json', COLUMNS, ROWS, 'none'))).toEqual(ROWS);
    expect(recordsText('table', COLUMNS, [], 'no actors')).toBe('no actors\n');
  });
});
