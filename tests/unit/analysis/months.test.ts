import fc from 'fast-check';
import {
  bucketMatrix,
  coversWholeMonths,
  listBuckets,
  monthMatrix,
  packEvidence,
  summariseMonths,
  unpackEvidence,
} from '../../../src/analysis';
import type { Interval, StanceMonth, StanceObservation } from '../../../src/analysis';
import { daysInMonth, formatIsoDay } from '../../../src/analysis/dates';
import { ACTS, MODALITIES, STANCES } from '../../../src/model/vocabulary';
import { observation } from './support';

const ACTORS = ['A', 'B', 'C'];
const POSITIONS = ['P1', 'P2'];

/** A day in 2020–2022, crowded on a few days of the month so that days and months collide. */
const day = fc
  .record({
    month: fc.integer({ min: 0, max: 35 }),
    day: fc.constantFrom(1, 2, 15, 28, 'last' as const),
  })
  .map(({ month, day }) => {
    const year = 2020 + Math.floor(month / 12);
    const m = (month % 12) + 1;
    return formatIsoDay(year, m, day === 'last' ? daysInMonth(year, m) : day);
  });

/** Statements on behalf of one or two actors, each with one to three stances. */
const statements: fc.Arbitrary<StanceObservation[]> = fc
  .array(
    fc.record({
      date: day,
      actors: fc.uniqueArray(fc.constantFrom(...ACTORS), { minLength: 1, maxLength: 2 }),
      status: fc.constantFrom('standing', 'standing', 'standing', 'retracted', 'superseded'),
      stances: fc.array(
        fc.record({
          positionId: fc.constantFrom(...POSITIONS),
          quote: fc.constantFrom('q1', 'q2'),
          stance: fc.constantFrom(...STANCES),
          act: fc.constantFrom(...ACTS.slice(0, 3), null),
          modality: fc.constantFrom(...MODALITIES.slice(0, 2)),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    { maxLength: 40 },
  )
  .map((records) =>
    records.flatMap((record, index) =>
      record.actors.flatMap((actorId) =>
        record.stances.map((stance) =>
          observation({
            actorId,
            positionId: stance.positionId,
            statementId: `s${index}`,
            quoteId: `s${index}:${stance.quote}`,
            date: record.date,
            stance: stance.stance,
            act: stance.act,
            modality: stance.modality,
            retracted: record.status === 'retracted',
            superseded: record.status === 'superseded',
          }),
        ),
      ),
    ),
  );

/** A window of whole months inside 2019–2023, so some start before or end after the data. */
const window = fc
  .tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([a, b]) => {
    const [first, last] = a <= b ? [a, b] : [b, a];
    const year = (index: number) => 2019 + Math.floor(index / 12);
    const month = (index: number) => (index % 12) + 1;
    return {
      from: formatIsoDay(year(first), month(first), 1),
      to: formatIsoDay(year(last), month(last), daysInMonth(year(last), month(last))),
    };
  });

const interval = fc.constantFrom<Interval>('MONTH', 'QUARTER', 'YEAR', 'NONE');

/** What the graph hands back: each month's evidence packed, in the order batches appended it. */
function throughGraph(months: readonly StanceMonth[]): StanceMonth[] {
  return months.map((month) => ({
    ...month,
    evidence: [...month.evidence]
      .reverse()
      .map((item) => unpackEvidence(packEvidence(item), month.lastDay, month.modality)),
  }));
}

describe('month summaries', () => {
  it('give the same matrix as the statements themselves, for any whole-month window', () => {
    fc.assert(
      fc.property(statements, window, interval, (observations, { from, to }, every) => {
        const buckets = listBuckets(every, from, to);
        const months = throughGraph(summariseMonths(observations));
        for (const modality of MODALITIES.slice(0, 2)) {
          expect(monthMatrix(months, ACTORS, POSITIONS, buckets, modality)).toEqual(
            bucketMatrix(observations, ACTORS, POSITIONS, buckets, { modalities: [modality] }),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('count distinct statements per stance and keep the last day with all its evidence', () => {
    const obs = [
      observation({ actorId: 'A', positionId: 'P1', date: '2020-03-02', stance: 'SUPPORTS' }),
      // One statement, two quotes, one stance: counted once.
      observation({
        actorId: 'A',
        positionId: 'P1',
        date: '2020-03-09',
        stance: 'OPPOSES',
        statementId: 's9',
        quoteId: 'q1',
      }),
      observation({
        actorId: 'A',
        positionId: 'P1',
        date: '2020-03-09',
        stance: 'OPPOSES',
        statementId: 's9',
        quoteId: 'q2',
      }),
      observation({
        actorId: 'A',
        positionId: 'P1',
        date: '2020-03-09',
        stance: 'SUPPORTS',
        statementId: 's10',
      }),
      observation({ actorId: 'A', positionId: 'P1', date: '2020-04-01', stance: 'NEUTRAL' }),
      observation({
        actorId: 'A',
        positionId: 'P1',
        date: '2020-03-20',
        stance: 'NEUTRAL',
        retracted: true,
      }),
    ];
    const [march, april] = summariseMonths(obs);
    expect(march).toMatchObject({
      month: '2020-03',
      supports: 2,
      opposes: 1,
      neutral: 0,
      lastDay: '2020-03-09',
    });
    expect(march!.evidence.map((e) => `${e.statementId}/${e.quoteId}/${e.stance}`)).toEqual([
      's10/quote:A:2020-03-09:SUPPORTS/SUPPORTS',
      's9/q1/OPPOSES',
      's9/q2/OPPOSES',
    ]);
    expect(april).toMatchObject({ month: '2020-04', neutral: 1, lastDay: '2020-04-01' });

    const [q1, q2] = monthMatrix(
      [march!, april!],
      ['A'],
      ['P1'],
      listBuckets('QUARTER', '2020-01-01', '2020-09-30'),
      'ASSERTED',
    );
    // The quarter's last day had both stances: mixed, no stance, both statements as evidence.
    expect(q1).toMatchObject({ stance: null, mixed: true, carried: false, supports: 2 });
    expect(q2).toMatchObject({ stance: 'NEUTRAL', statedOn: '2020-04-01', neutral: 1 });
  });

  it('answer only windows of whole months', () => {
    expect(coversWholeMonths(listBuckets('MONTH', '2020-01-01', '2020-03-31'))).toBe(true);
    expect(coversWholeMonths(listBuckets('MONTH', '2020-01-02', '2020-03-31'))).toBe(false);
    expect(coversWholeMonths(listBuckets('NONE', '2020-02-01', '2020-02-28'))).toBe(false);
    expect(coversWholeMonths(listBuckets('NONE', '2020-02-01', '2020-02-29'))).toBe(true);
    expect(() =>
      monthMatrix([], ['A'], ['P1'], listBuckets('YEAR', '2020-01-01', '2020-06-15'), 'ASSERTED'),
    ).toThrow(RangeError);
  });
});

describe('packed evidence', () => {
  it('keeps an unspecified act as null, apart from every act', () => {
    const item = {
      statementId: 'statement:x',
      quoteId: 'quote:y',
      date: '2020-10-05',
      stance: 'SUPPORTS' as const,
      modality: 'ASSERTED' as const,
    };
    expect(packEvidence({ ...item, act: null })).toBe('statement:x quote:y SUPPORTS -');
    expect(unpackEvidence('statement:x quote:y SUPPORTS -', item.date, item.modality)).toEqual({
      ...item,
      act: null,
    });
    for (const act of ACTS)
      expect(unpackEvidence(packEvidence({ ...item, act }), item.date, item.modality).act).toBe(
        act,
      );
  });
});
