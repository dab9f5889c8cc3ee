import { parsePartialDate } from '../../../src/model/partial-date';

describe('parsePartialDate', () => {
  it.each([
    ['2020-10-05', '2020-10-05', 'DAY'],
    ['2020-10', '2020-10-01', 'MONTH'],
    ['2020', '2020-01-01', 'YEAR'],
    ['2020-02-29', '2020-02-29', 'DAY'],
    ['2000-02-29', '2000-02-29', 'DAY'],
  ])('reads %s as %s with precision %s', (text, date, precision) => {
    expect(parsePartialDate(text)).toEqual({ date, precision, text });
  });

  it.each([
    '2020-02-30',
    '2021-02-29',
    '1900-02-29',
    '2020-13',
    '2020-00',
    '2020-04-31',
    '2020-10-00',
    '20201005',
    '2020/10/05',
    '10-05-2020',
    '',
  ])('refuses %s', (text) => expect(parsePartialDate(text)).toBeUndefined());
});
