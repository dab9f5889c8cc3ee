import { bucketKey, findBucket, isIsoDay, listBuckets } from '../../../src/analysis';
import { previousDay } from '../../../src/analysis/dates';

describe('listBuckets', () => {
  it('lists months, clipping the first and last to the window', () => {
    expect(listBuckets('MONTH', '2020-10-05', '2021-01-10')).toEqual([
      { key: '2020-10', from: '2020-10-05', to: '2020-10-31' },
      { key: '2020-11', from: '2020-11-01', to: '2020-11-30' },
      { key: '2020-12', from: '2020-12-01', to: '2020-12-31' },
      { key: '2021-01', from: '2021-01-01', to: '2021-01-10' },
    ]);
  });

  it('ends February on the 29th in leap years only (2000 yes, 1900 and 2021 no)', () => {
    expect(listBuckets('MONTH', '2020-02-01', '2020-02-29')).toEqual([
      { key: '2020-02', from: '2020-02-01', to: '2020-02-29' },
    ]);
    expect(listBuckets('MONTH', '2000-02-01', '2000-03-01')[0]!.to).toBe('2000-02-29');
    expect(listBuckets('MONTH', '1900-02-01', '1900-03-01')[0]!.to).toBe('1900-02-28');
    expect(listBuckets('MONTH', '2021-02-01', '2021-03-01')[0]!.to).toBe('2021-02-28');
  });

  it('lists quarters across a year boundary', () => {
    expect(listBuckets('QUARTER', '2020-08-15', '2021-04-01')).toEqual([
      { key: '2020-Q3', from: '2020-08-15', to: '2020-09-30' },
      { key: '2020-Q4', from: '2020-10-01', to: '2020-12-31' },
      { key: '2021-Q1', from: '2021-01-01', to: '2021-03-31' },
      { key: '2021-Q2', from: '2021-04-01', to: '2021-04-01' },
    ]);
  });

  it('lists years', () => {
    expect(listBuckets('YEAR', '2019-06-01', '2021-12-31')).toEqual([
      { key: '2019', from: '2019-06-01', to: '2019-12-31' },
      { key: '2020', from: '2020-01-01', to: '2020-12-31' },
      { key: '2021', from: '2021-01-01', to: '2021-12-31' },
    ]);
  });

  it('gives one bucket, all, for NONE', () => {
    expect(listBuckets('NONE', '2019-06-01', '2021-12-31')).toEqual([
      { key: 'all', from: '2019-06-01', to: '2021-12-31' },
    ]);
  });

  it('gives one bucket for a one-day window', () => {
    expect(listBuckets('QUARTER', '2020-12-31', '2020-12-31')).toEqual([
      { key: '2020-Q4', from: '2020-12-31', to: '2020-12-31' },
    ]);
  });

  it('refuses a reversed window and dates that are not calendar days', () => {
    expect(() => listBuckets('MONTH', '2020-10-02', '2020-10-01')).toThrow(RangeError);
    expect(() => listBuckets('MONTH', '2020-02-30', '2020-03-01')).toThrow(RangeError);
    expect(() => listBuckets('YEAR', '2020-10', '2020-12-01')).toThrow(RangeError);
    expect(() => listBuckets('NONE', '2020-10-01', '2020-10-5')).toThrow(RangeError);
  });
});

describe('bucketKey and findBucket', () => {
  it.each([
    ['MONTH', '2020-10-05', '2020-10'],
    ['MONTH', '2020-01-01', '2020-01'],
    ['QUARTER', '2020-03-31', '2020-Q1'],
    ['QUARTER', '2020-04-01', '2020-Q2'],
    ['QUARTER', '2020-12-31', '2020-Q4'],
    ['YEAR', '2020-12-31', '2020'],
    ['NONE', '2020-12-31', 'all'],
  ] as const)('%s: %s is in %s', (interval, date, key) => {
    expect(bucketKey(interval, date)).toBe(key);
  });

  it('agrees with listBuckets for every day of a leap year', () => {
    const buckets = listBuckets('QUARTER', '2020-01-01', '2020-12-31');
    let day = '2020-12-31';
    let count = 0;
    while (day >= '2020-01-01') {
      expect(findBucket(buckets, day)!.key).toBe(bucketKey('QUARTER', day));
      day = previousDay(day);
      count += 1;
    }
    expect(count).toBe(366);
  });

  it('finds no bucket for a day outside the window', () => {
    const buckets = listBuckets('MONTH', '2020-10-05', '2020-11-30');
    expect(findBucket(buckets, '2020-10-04')).toBeUndefined();
    expect(findBucket(buckets, '2020-10-05')!.key).toBe('2020-10');
    expect(findBucket(buckets, '2020-12-01')).toBeUndefined();
  });
});

describe('calendar days', () => {
  it.each([
    ['2020-03-01', '2020-02-29'],
    ['2021-03-01', '2021-02-28'],
    ['2021-01-01', '2020-12-31'],
    ['2020-05-01', '2020-04-30'],
    ['2020-05-02', '2020-05-01'],
  ])('the day before %s is %s', (day, before) => {
    expect(previousDay(day)).toBe(before);
  });

  it('accepts only YYYY-MM-DD calendar days', () => {
    expect(isIsoDay('2020-02-29')).toBe(true);
    expect(isIsoDay('2021-02-29')).toBe(false);
    expect(isIsoDay('2020-04-31')).toBe(false);
    expect(isIsoDay('2020-13-01')).toBe(false);
    expect(isIsoDay('2020-10-5')).toBe(false);
    expect(isIsoDay('2020-10-05T00:00:00Z')).toBe(false);
  });
});
