import { cellSymbol, formatMatrixTable, MATRIX_LEGEND } from '../../../src/cli/format/matrix-table';
import type { PositionMatrix } from '../../../src/comparison';
import { BUCKETS, cell, evidence } from './comparison-fixtures';

const [SEP, OCT, NOV] = BUCKETS as [(typeof BUCKETS)[0], (typeof BUCKETS)[0], (typeof BUCKETS)[0]];
const CEASEFIRE = 'CEASEFIRE:test-war';
const WITHDRAWAL = 'WITHDRAWAL:place:x';

const supportsA = evidence('a', '2020-09-20', 'SUPPORTS');
const mixedDay = [
  evidence('m1', '2020-09-25', 'SUPPORTS'),
  evidence('m2', '2020-09-25', 'OPPOSES'),
];

/** Every kind of cell: stated, carried, nothing yet, neutral, mixed, mixed carried. */
const MATRIX: PositionMatrix = {
  from: '2020-09-15',
  to: '2020-11-30',
  actors: ['IRN', 'org:contact'],
  positions: [CEASEFIRE, WITHDRAWAL],
  interval: 'MONTH',
  modalities: ['ASSERTED'],
  buckets: BUCKETS,
  cells: [
    cell('IRN', CEASEFIRE, SEP, {
      stance: 'SUPPORTS',
      statedOn: '2020-09-20',
      evidence: [supportsA],
      supports: 1,
    }),
    cell('IRN', CEASEFIRE, OCT, {
      stance: 'SUPPORTS',
      carried: true,
      statedOn: '2020-09-20',
      evidence: [supportsA],
    }),
    cell('IRN', CEASEFIRE, NOV, { stance: 'OPPOSES', statedOn: '2020-11-02', opposes: 1 }),
    cell('IRN', WITHDRAWAL, SEP, {
      mixed: true,
      statedOn: '2020-09-25',
      evidence: mixedDay,
      supports: 1,
      opposes: 1,
    }),
    cell('IRN', WITHDRAWAL, OCT, {
      mixed: true,
      carried: true,
      statedOn: '2020-09-25',
      evidence: mixedDay,
    }),
    cell('IRN', WITHDRAWAL, NOV, { stance: 'NEUTRAL', statedOn: '2020-11-20', neutral: 1 }),
    cell('org:contact', CEASEFIRE, SEP),
    cell('org:contact', CEASEFIRE, OCT),
    cell('org:contact', CEASEFIRE, NOV, { stance: 'NEUTRAL', statedOn: '2020-11-03', neutral: 1 }),
    cell('org:contact', WITHDRAWAL, SEP, {
      stance: 'OPPOSES',
      carried: true,
      statedOn: '2019-01-01',
    }),
    cell('org:contact', WITHDRAWAL, OCT, {
      stance: 'OPPOSES',
      carried: true,
      statedOn: '2019-01-01',
    }),
    cell('org:contact', WITHDRAWAL, NOV, {
      stance: 'OPPOSES',
      carried: true,
      statedOn: '2019-01-01',
    }),
  ],
};

describe('the position matrix as a table', () => {
  it('marks each kind of cell', () => {
    const [stated, carried, opposes, mixed, mixedCarried, neutral, nothing] = MATRIX.cells;
    expect(
      [stated, carried, opposes, mixed, mixedCarried, neutral, nothing].map((c) => cellSymbol(c!)),
    ).toEqual([' + ', '(+)', ' - ', ' * ', '(*)', ' 0 ', ' . ']);
  });

  it('prints a block per position, a row per actor and an aligned column per bucket', () => {
    expect(formatMatrixTable(MATRIX)).toBe(
      [
        '2020-09-15 to 2020-11-30 by month; modalities ASSERTED',
        MATRIX_LEGEND,
        '',
        'CEASEFIRE:test-war',
        '             2020-09  2020-10  2020-11',
        'IRN             +       (+)       -',
        'org:contact     .        .        0',
        '',
        'WITHDRAWAL:place:x',
        '             2020-09  2020-10  2020-11',
        'IRN             *       (*)       0',
        'org:contact    (-)      (-)      (-)',
        '',
      ].join('\n'),
    );
  });

  it('says what the legend says', () => {
    expect(MATRIX_LEGEND).toBe(
      "legend: + supports  - opposes  0 neutral  * mixed (one day's statements disagree)  " +
        '. none yet  (+) carried from before the bucket',
    );
  });

  it('wraps buckets that do not fit the width under a repeated header', () => {
    // 11 for the actors, 9 per bucket: two buckets fit in 30 columns.
    const text = formatMatrixTable(MATRIX, { width: 30 });
    expect(text.split('\n').slice(3, 10)).toEqual([
      'CEASEFIRE:test-war',
      '             2020-09  2020-10',
      'IRN             +       (+)',
      'org:contact     .        .',
      '             2020-11',
      'IRN             -',
      'org:contact     0',
    ]);
    expect(
      Math.max(
        ...text
          .split('\n')
          .slice(2)
          .map((line) => line.length),
      ),
    ).toBeLessThanOrEqual(30);
  });

  it('keeps narrow keys (year, quarter, the whole window) aligned', () => {
    const all = { key: 'all', from: '2020-01-01', to: '2020-12-31' };
    const text = formatMatrixTable({
      ...MATRIX,
      actors: ['TUR'],
      positions: [CEASEFIRE],
      interval: 'NONE',
      buckets: [all],
      cells: [
        cell('TUR', CEASEFIRE, all, { stance: 'SUPPORTS', carried: true, statedOn: '2019-05-01' }),
      ],
    });
    expect(text.split('\n').slice(3)).toEqual(['CEASEFIRE:test-war', '     all', 'TUR  (+)', '']);
    expect(text.split('\n')[0]).toBe('2020-09-15 to 2020-11-30 as one bucket; modalities ASSERTED');
  });

  it('says so when the scope has no positions', () => {
    expect(formatMatrixTable({ ...MATRIX, positions: [], cells: [] })).toBe(
      [
        '2020-09-15 to 2020-11-30 by month; modalities ASSERTED',
        MATRIX_LEGEND,
        '',
        'no positions in scope',
        '',
      ].join('\n'),
    );
  });
});
