import fc from 'fast-check';
import {
  bucketMatrix,
  countedObservations,
  listBuckets,
  shifts,
  stanceInForce,
} from '../../../src/analysis';
import type { BucketCell, StanceObservation } from '../../../src/analysis';
import { observation } from './support';

const P = 'CEASEFIRE:nagorno-karabakh';
const on = (date: string, stance: StanceObservation['stance'], extra = {}): StanceObservation =>
  observation({ actorId: 'IRN', positionId: P, date, stance, ...extra });

/**
 * Iran on the ceasefire, oldest first:
 *   2020-10-05 SUPPORTS, 2020-10-20 SUPPORTS again, 2020-11-10 OPPOSES,
 *   2020-11-20 SUPPORTS but CONDITIONAL, 2020-12-01 OPPOSES retracted, 2020-12-15 NEUTRAL
 *   superseded, 2021-02-01 SUPPORTS in one statement and OPPOSES in another, 2021-03-01 SUPPORTS.
 */
const HISTORY: readonly StanceObservation[] = [
  on('2020-10-05', 'SUPPORTS'),
  on('2020-10-20', 'SUPPORTS'),
  on('2020-11-10', 'OPPOSES', { act: 'REJECTS' }),
  on('2020-11-20', 'SUPPORTS', { modality: 'CONDITIONAL' }),
  on('2020-12-01', 'OPPOSES', { retracted: true }),
  on('2020-12-15', 'NEUTRAL', { superseded: true }),
  on('2021-02-01', 'SUPPORTS', { statementId: 'statement:b' }),
  on('2021-02-01', 'OPPOSES', { statementId: 'statement:a' }),
  on('2021-03-01', 'SUPPORTS'),
  // Another actor and another position, which must not leak into Iran's ceasefire stance.
  observation({ actorId: 'TUR', positionId: P, date: '2020-11-15', stance: 'NEUTRAL' }),
  observation({
    actorId: 'IRN',
    positionId: 'MEDIATION:IRN',
    date: '2020-11-15',
    stance: 'NEUTRAL',
  }),
];

const statementsOf = (evidence: readonly { statementId: string }[]): string[] =>
  evidence.map((item) => item.statementId);

describe('countedObservations', () => {
  it('drops retracted, superseded and non-asserted stances by default', () => {
    const dates = countedObservations(HISTORY)
      .filter((o) => o.actorId === 'IRN' && o.positionId === P)
      .map((o) => o.date);
    expect(dates).toEqual([
      '2020-10-05',
      '2020-10-20',
      '2020-11-10',
      '2021-02-01',
      '2021-02-01',
      '2021-03-01',
    ]);
  });

  it('keeps the modalities asked for, still never a retracted or superseded one', () => {
    const counted = countedObservations(HISTORY, { modalities: ['CONDITIONAL'] });
    expect(counted.map((o) => o.date)).toEqual(['2020-11-20']);
  });

  it('refuses an observation dated other than YYYY-MM-DD', () => {
    expect(() => countedObservations([on('2020-10', 'SUPPORTS')])).toThrow(RangeError);
  });
});

describe('stanceInForce', () => {
  const at = (date: string, options = {}) => stanceInForce(HISTORY, 'IRN', P, date, options);

  it('is null before the first statement', () => {
    expect(at('2020-10-04')).toBeNull();
  });

  it('counts a statement on its own day and carries it until the next', () => {
    expect(at('2020-10-05')).toMatchObject({
      date: '2020-10-05',
      stance: 'SUPPORTS',
      mixed: false,
    });
    expect(at('2020-11-09')).toMatchObject({ date: '2020-10-20', stance: 'SUPPORTS' });
    expect(at('2020-11-10')).toMatchObject({ date: '2020-11-10', stance: 'OPPOSES' });
  });

  it('gives the evidence behind the stance', () => {
    expect(at('2020-11-10')!.evidence).toEqual([
      {
        statementId: 'statement:IRN:2020-11-10',
        quoteId: 'quote:IRN:2020-11-10:OPPOSES',
        date: '2020-11-10',
        stance: 'OPPOSES',
        act: 'REJECTS',
        modality: 'ASSERTED',
      },
    ]);
  });

  it('ignores a conditional stance by default and counts it when asked', () => {
    expect(at('2020-11-25')).toMatchObject({ date: '2020-11-10', stance: 'OPPOSES' });
    expect(at('2020-11-25', { modalities: ['ASSERTED', 'CONDITIONAL'] })).toMatchObject({
      date: '2020-11-20',
      stance: 'SUPPORTS',
    });
  });

  it('ignores retracted and superseded statements', () => {
    expect(at('2020-12-31')).toMatchObject({ date: '2020-11-10', stance: 'OPPOSES' });
  });

  it('reports a day of conflicting statements as mixed, with both as evidence', () => {
    const mixed = at('2021-02-15')!;
    expect(mixed).toMatchObject({ date: '2021-02-01', stance: null, mixed: true });
    expect(mixed.evidence.map((e) => [e.statementId, e.stance])).toEqual([
      ['statement:a', 'OPPOSES'],
      ['statement:b', 'SUPPORTS'],
    ]);
    expect(at('2021-03-01')).toMatchObject({ stance: 'SUPPORTS', mixed: false });
  });

  it('treats two quotes of one stance on one day as one stance, not mixed', () => {
    const sameDay = [
      on('2020-10-05', 'SUPPORTS', { quoteId: 'quote:1' }),
      on('2020-10-05', 'SUPPORTS', { quoteId: 'quote:2', statementId: 'statement:other' }),
      on('2020-10-05', 'SUPPORTS', { quoteId: 'quote:1' }),
    ];
    const result = stanceInForce(sameDay, 'IRN', P, '2020-10-05')!;
    expect(result).toMatchObject({ stance: 'SUPPORTS', mixed: false });
    expect(result.evidence.map((e) => e.quoteId)).toEqual(['quote:1', 'quote:2']);
  });

  it('is mixed when one statement takes both stances in two quotes', () => {
    const oneStatement = [
      on('2020-10-05', 'SUPPORTS', { quoteId: 'quote:1' }),
      on('2020-10-05', 'OPPOSES', { quoteId: 'quote:2' }),
    ];
    expect(stanceInForce(oneStatement, 'IRN', P, '2020-10-05')).toMatchObject({ mixed: true });
  });

  it('does not depend on the order of the observations', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...HISTORY], { minLength: HISTORY.length }),
        fc.constantFrom('2020-10-04', '2020-11-10', '2021-02-01', '2021-12-31'),
        (shuffled, date) => {
          expect(stanceInForce(shuffled, 'IRN', P, date)).toEqual(
            stanceInForce(HISTORY, 'IRN', P, date),
          );
        },
      ),
    );
  });
});

describe('bucketMatrix', () => {
  const summary = (cell: BucketCell) => ({
    key: cell.bucket.key,
    stance: cell.stance,
    mixed: cell.mixed,
    carried: cell.carried,
    statedOn: cell.statedOn,
    counts: [cell.supports, cell.opposes, cell.neutral],
  });

  it('shows per month the stance expressed in it or, flagged, the one carried', () => {
    const buckets = listBuckets('MONTH', '2020-10-01', '2021-03-31');
    const cells = bucketMatrix(HISTORY, ['IRN'], [P], buckets);
    expect(cells.map(summary)).toEqual([
      {
        key: '2020-10',
        stance: 'SUPPORTS',
        mixed: false,
        carried: false,
        statedOn: '2020-10-20',
        counts: [2, 0, 0],
      },
      {
        key: '2020-11',
        stance: 'OPPOSES',
        mixed: false,
        carried: false,
        statedOn: '2020-11-10',
        counts: [0, 1, 0],
      },
      {
        key: '2020-12',
        stance: 'OPPOSES',
        mixed: false,
        carried: true,
        statedOn: '2020-11-10',
        counts: [0, 0, 0],
      },
      {
        key: '2021-01',
        stance: 'OPPOSES',
        mixed: false,
        carried: true,
        statedOn: '2020-11-10',
        counts: [0, 0, 0],
      },
      {
        key: '2021-02',
        stance: null,
        mixed: true,
        carried: false,
        statedOn: '2021-02-01',
        counts: [1, 1, 0],
      },
      {
        key: '2021-03',
        stance: 'SUPPORTS',
        mixed: false,
        carried: false,
        statedOn: '2021-03-01',
        counts: [1, 0, 0],
      },
    ]);
    expect(statementsOf(cells[2]!.evidence)).toEqual(['statement:IRN:2020-11-10']);
  });

  it('takes the latest stance of a quarter, counting all of its statements', () => {
    const [q4] = bucketMatrix(
      HISTORY,
      ['IRN'],
      [P],
      listBuckets('QUARTER', '2020-10-01', '2020-12-31'),
    );
    expect(summary(q4!)).toEqual({
      key: '2020-Q4',
      stance: 'OPPOSES',
      mixed: false,
      carried: false,
      statedOn: '2020-11-10',
      counts: [2, 1, 0],
    });
  });

  it('counts the conditional stance in its bucket when conditionals are asked for', () => {
    const buckets = listBuckets('MONTH', '2020-11-01', '2020-11-30');
    const [cell] = bucketMatrix(HISTORY, ['IRN'], [P], buckets, {
      modalities: ['ASSERTED', 'CONDITIONAL'],
    });
    expect(summary(cell!)).toMatchObject({ stance: 'SUPPORTS', counts: [1, 1, 0] });
  });

  it('carries a stance stated before the window into its first, clipped bucket', () => {
    const buckets = listBuckets('MONTH', '2020-11-15', '2020-11-30');
    const [cell] = bucketMatrix(HISTORY, ['IRN'], [P], buckets);
    expect(summary(cell!)).toEqual({
      key: '2020-11',
      stance: 'OPPOSES',
      mixed: false,
      carried: true,
      statedOn: '2020-11-10',
      counts: [0, 0, 0],
    });
  });

  it('never reads a stance stated after the bucket', () => {
    const buckets = listBuckets('MONTH', '2020-10-01', '2020-10-19');
    const [cell] = bucketMatrix(HISTORY, ['IRN'], [P], buckets);
    expect(summary(cell!)).toMatchObject({ statedOn: '2020-10-05', counts: [1, 0, 0] });
  });

  it('has an empty cell for an actor who said nothing yet, in actor × position × bucket order', () => {
    const buckets = listBuckets('MONTH', '2020-10-01', '2020-11-30');
    const cells = bucketMatrix(HISTORY, ['IRN', 'TUR'], [P], buckets);
    expect(cells.map((c) => [c.actorId, c.bucket.key, c.stance, c.carried])).toEqual([
      ['IRN', '2020-10', 'SUPPORTS', false],
      ['IRN', '2020-11', 'OPPOSES', false],
      ['TUR', '2020-10', null, false],
      ['TUR', '2020-11', 'NEUTRAL', false],
    ]);
    expect(cells[2]).toMatchObject({ statedOn: null, evidence: [], supports: 0, opposes: 0 });
  });

  it('counts one statement once even when it takes the stance in two quotes', () => {
    const twice = [
      on('2020-10-05', 'SUPPORTS', { quoteId: 'quote:1' }),
      on('2020-10-05', 'SUPPORTS', { quoteId: 'quote:2' }),
    ];
    const [cell] = bucketMatrix(
      twice,
      ['IRN'],
      [P],
      listBuckets('NONE', '2020-01-01', '2020-12-31'),
    );
    expect(cell).toMatchObject({
      supports: 1,
      evidence: [{ quoteId: 'quote:1' }, { quoteId: 'quote:2' }],
    });
  });
});

describe('shifts', () => {
  it('lists the stances day by day and marks each change, with evidence on both sides', () => {
    const result = shifts(HISTORY, 'IRN', P);
    expect(result.stances.map((s) => [s.date, s.mixed ? 'MIXED' : s.stance])).toEqual([
      ['2020-10-05', 'SUPPORTS'],
      ['2020-10-20', 'SUPPORTS'],
      ['2020-11-10', 'OPPOSES'],
      ['2021-02-01', 'MIXED'],
      ['2021-03-01', 'SUPPORTS'],
    ]);
    expect(
      result.shifts.map(({ from, to }) => [from.date, from.stance, to.date, to.stance]),
    ).toEqual([
      ['2020-10-20', 'SUPPORTS', '2020-11-10', 'OPPOSES'],
      ['2020-11-10', 'OPPOSES', '2021-02-01', null],
      ['2021-02-01', null, '2021-03-01', 'SUPPORTS'],
    ]);
    expect(statementsOf(result.shifts[0]!.from.evidence)).toEqual(['statement:IRN:2020-10-20']);
    expect(statementsOf(result.shifts[0]!.to.evidence)).toEqual(['statement:IRN:2020-11-10']);
  });

  it('finds no shift in restatements, nor in retracted or superseded statements', () => {
    const steady = [
      on('2020-10-05', 'SUPPORTS'),
      on('2020-10-06', 'OPPOSES', { retracted: true }),
      on('2020-10-07', 'NEUTRAL', { superseded: true }),
      on('2020-10-08', 'SUPPORTS'),
    ];
    expect(shifts(steady, 'IRN', P)).toMatchObject({ shifts: [] });
    expect(shifts(steady, 'IRN', P).stances).toHaveLength(2);
  });

  it('finds a shift to a conditional stance only when conditionals count', () => {
    const redLine = [
      on('2020-10-05', 'OPPOSES'),
      on('2020-10-06', 'SUPPORTS', { modality: 'CONDITIONAL' }),
    ];
    expect(shifts(redLine, 'IRN', P).shifts).toHaveLength(0);
    expect(
      shifts(redLine, 'IRN', P, { modalities: ['ASSERTED', 'CONDITIONAL'] }).shifts,
    ).toHaveLength(1);
  });

  it('is empty for an actor who never addressed the position', () => {
    expect(shifts(HISTORY, 'AZE', P)).toEqual({ stances: [], shifts: [] });
  });
});
