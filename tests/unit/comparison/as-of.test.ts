import { asOfParam, parseAsOf } from '../../../src/comparison/as-of';
import { monthsCanAnswer } from '../../../src/comparison/cells';

describe('parseAsOf: --as-of as a person writes it', () => {
  it.each([
    ['2026-12-07', '2026-12-07T23:59:59.999Z'],
    ['2026-12-07T15:04:05Z', '2026-12-07T15:04:05.000Z'],
    ['2026-12-07T15:04:05.123Z', '2026-12-07T15:04:05.123Z'],
    ['2026-12-07T15:04:05.123456789Z', '2026-12-07T15:04:05.123Z'],
    ['2026-12-07T15:04', '2026-12-07T15:04:00.000Z'],
    ['2026-12-07 15:04:05', '2026-12-07T15:04:05.000Z'],
    ['2026-12-07T17:04:05+02:00', '2026-12-07T15:04:05.000Z'],
    ['2026-12-07T10:04:05-0500', '2026-12-07T15:04:05.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseAsOf(text, '--as-of').toISOString()).toBe(iso);
  });

  it.each(['yesterday', '2026-13-01', '2026-02-30', '2026-12-07T25:00Z', '07/12/2026', ''])(
    '%j is a BAD_ARGUMENT naming the option',
    (text) => {
      expect(() => parseAsOf(text, '--as-of')).toThrow(
        expect.objectContaining({
          code: 'BAD_ARGUMENT',
          message: expect.stringMatching(/^--as-of must be a date/),
          details: { field: '--as-of', value: text },
        }),
      );
    },
  );
});

describe('asOfParam: the instant a query compares recorded times with', () => {
  it('is null for the present', () => {
    expect(asOfParam(null)).toBeNull();
    expect(asOfParam(undefined)).toBeNull();
  });

  it('covers the whole millisecond, as recorded times hold nanoseconds', () => {
    expect(asOfParam(new Date('2026-12-07T15:04:05.123Z'))).toBe('2026-12-07T15:04:05.123999999Z');
  });
});

describe('monthsCanAnswer: month summaries hold the present only', () => {
  const scope = {
    actors: ['TUR'],
    positions: ['CEASEFIRE:x'],
    buckets: [{ key: '2020-09', from: '2020-09-01', to: '2020-09-30' }],
    to: '2020-09-30',
    modalities: ['ASSERTED'] as const,
  };
  it('answers the present from them, and an earlier moment from the statements', () => {
    expect(monthsCanAnswer(scope)).toBe(true);
    expect(monthsCanAnswer({ ...scope, asOf: null })).toBe(true);
    expect(monthsCanAnswer({ ...scope, asOf: new Date('2026-12-07T00:00:00Z') })).toBe(false);
  });
});
