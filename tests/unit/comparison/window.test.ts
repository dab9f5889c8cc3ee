import { EARLIEST_DAY, LATEST_DAY, parseWindow, windowDay } from '../../../src/comparison/window';
import { DiplographError } from '../../../src/errors';

describe('windowDay: a window end as analysts write it', () => {
  it.each([
    ['2020-09-15', 'from', '2020-09-15'],
    ['2020-09-15', 'to', '2020-09-15'],
    ['2020-09', 'from', '2020-09-01'],
    ['2020-09', 'to', '2020-09-30'],
    ['2020-02', 'to', '2020-02-29'],
    ['2021-02', 'to', '2021-02-28'],
    ['1900-02', 'to', '1900-02-28'],
    ['2020', 'from', '2020-01-01'],
    ['2020', 'to', '2020-12-31'],
    [' 2020-12 ', 'to', '2020-12-31'],
  ] as const)('%s as %s → %s', (text, end, day) => {
    expect(windowDay(text, end)).toBe(day);
  });

  it.each(['2020-13', '2020-00', '2020-02-30', '20', '2020-9', 'September 2020', '', '0000'])(
    'refuses %j with BAD_ARGUMENT naming the field',
    (text) => {
      let error: unknown;
      try {
        windowDay(text, 'from');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DiplographError);
      expect(error).toMatchObject({
        code: 'BAD_ARGUMENT',
        details: { field: 'from', value: text },
      });
    },
  );
});

describe('parseWindow', () => {
  it('leaves open ends open', () => {
    expect(parseWindow(null, undefined)).toEqual({ from: EARLIEST_DAY, to: LATEST_DAY });
    expect(parseWindow('2020-09', null)).toEqual({ from: '2020-09-01', to: LATEST_DAY });
  });

  it('a single month from and to covers the month', () => {
    expect(parseWindow('2020-09', '2020-09')).toEqual({ from: '2020-09-01', to: '2020-09-30' });
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => parseWindow('2020-12', '2020-09')).toThrow(
      expect.objectContaining({ code: 'BAD_ARGUMENT', message: expect.stringMatching(/after/) }),
    );
  });
});
