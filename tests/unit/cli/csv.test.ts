import {
  AGREEMENT_CSV_HEADER,
  agreementCsv,
  csvText,
  divergencesCsv,
  historyCsv,
  MATRIX_CSV_HEADER,
  matrixCsv,
} from '../../../src/cli/format/csv';
import type { DayStance } from '../../../src/analysis';
import type {
  AgreementResult,
  DivergenceResult,
  PositionHistory,
  PositionMatrix,
} from '../../../src/comparison';
import { BUCKETS, cell, evidence } from './comparison-fixtures';

const [SEP, OCT] = BUCKETS as [(typeof BUCKETS)[0], (typeof BUCKETS)[0]];
/** An id with a comma and a quote in it: the CSV must quote it and double the quote. */
const ODD = 'OTHER:say "no", twice';

describe('CSV output', () => {
  it('quotes a field with a comma, a quote or a line break, and doubles quotes', () => {
    expect(
      csvText(
        ['a', 'b', 'c', 'd', 'e'],
        [
          ['plain', 'x,y', 'say "hi"', 'two\nlines', null],
          [1.5, true, false, 0, ''],
        ],
      ),
    ).toBe('a,b,c,d,e\nplain,"x,y","say ""hi""","two\nlines",\n1.5,true,false,0,\n');
  });

  it('gives a row per matrix cell: stance, carried, mixed, counts and the statements', () => {
    const matrix: PositionMatrix = {
      from: '2020-09-15',
      to: '2020-10-31',
      actors: ['IRN'],
      positions: [ODD],
      interval: 'MONTH',
      modalities: ['ASSERTED'],
      buckets: [SEP, OCT],
      cells: [
        cell('IRN', ODD, SEP, {
          mixed: true,
          statedOn: '2020-09-25',
          evidence: [
            evidence('m1', '2020-09-25', 'SUPPORTS'),
            evidence('m1', '2020-09-25', 'OPPOSES'),
            evidence('m2', '2020-09-25', 'OPPOSES'),
          ],
          supports: 1,
          opposes: 2,
        }),
        cell('IRN', ODD, OCT, {
          stance: 'SUPPORTS',
          carried: true,
          statedOn: '2020-09-01',
          evidence: [evidence('a', '2020-09-01', 'SUPPORTS')],
        }),
      ],
    };
    expect(matrixCsv(matrix)).toBe(
      [
        MATRIX_CSV_HEADER.join(','),
        'IRN,"OTHER:say ""no"", twice",2020-09,2020-09-15,2020-09-30,,false,true,2020-09-25,1,2,0,statement:m1;statement:m2',
        'IRN,"OTHER:say ""no"", twice",2020-10,2020-10-01,2020-10-31,SUPPORTS,true,false,2020-09-01,0,0,0,statement:a',
        '',
      ].join('\n'),
    );
    expect(MATRIX_CSV_HEADER.join(',')).toBe(
      'actor,position,bucket,from,to,stance,carried,mixed,statedOn,supports,opposes,neutral,evidence',
    );
  });

  it('gives a row per pair and bucket, the score at full precision or empty with the reason', () => {
    const all = { key: 'all', from: '2020-01-01', to: '2020-12-31' };
    const result: AgreementResult = {
      from: all.from,
      to: all.to,
      actors: ['TUR', 'RUS', 'FRA'],
      positions: ['A', 'B'],
      interval: 'NONE',
      measure: 'SCOTT_PI',
      missing: 'EXCLUDE',
      minOverlap: 1,
      basis: 'IN_FORCE',
      modalities: ['ASSERTED'],
      buckets: [all],
      pairs: [
        {
          actorA: 'TUR',
          actorB: 'RUS',
          bucket: all,
          measure: 'SCOTT_PI',
          result: { value: 7 / 15, n: 2, positions: ['A', 'B'] },
          comparisons: [],
          mixedPositions: [],
        },
        {
          actorA: 'TUR',
          actorB: 'FRA',
          bucket: all,
          measure: 'SCOTT_PI',
          result: { value: null, n: 0, reason: 'NO_OVERLAP', positions: [] },
          comparisons: [],
          mixedPositions: [],
        },
      ],
    };
    expect(agreementCsv(result)).toBe(
      [
        'actorA,actorB,bucket,from,to,measure,score,n,reason,positions',
        'TUR,RUS,all,2020-01-01,2020-12-31,SCOTT_PI,0.4666666666666667,2,,A;B',
        'TUR,FRA,all,2020-01-01,2020-12-31,SCOTT_PI,,0,NO_OVERLAP,',
        '',
      ].join('\n'),
    );
    expect(AGREEMENT_CSV_HEADER).toHaveLength(10);
  });

  it('gives a row per divergence with both sides’ statements', () => {
    const result: DivergenceResult = {
      from: '2021-01-01',
      to: '2021-06-30',
      positions: ['CEASEFIRE:w'],
      modalities: ['ASSERTED'],
      divergences: [
        {
          positionId: 'CEASEFIRE:w',
          from: '2021-01-01',
          to: '2021-06-30',
          supporter: {
            actorId: 'RUS',
            evidence: [
              evidence('a', '2020-11-05', 'SUPPORTS'),
              evidence('b', '2021-04-20', 'SUPPORTS'),
            ],
          },
          opposer: { actorId: 'TUR', evidence: [evidence('c', '2020-10-12', 'OPPOSES')] },
        },
      ],
    };
    expect(divergencesCsv(result)).toBe(
      'position,from,to,supporter,supporterEvidence,opposer,opposerEvidence\n' +
        'CEASEFIRE:w,2021-01-01,2021-06-30,RUS,statement:a;statement:b,TUR,statement:c\n',
    );
  });

  it('gives a row per history day: the stance (MIXED when split), the shift and what it left', () => {
    const day = (date: string, ...items: ReturnType<typeof evidence>[]): DayStance => {
      const stances = new Set(items.map((item) => item.stance));
      const mixed = stances.size > 1;
      return { date, stance: mixed ? null : items[0]!.stance, mixed, evidence: items };
    };
    const first = day('2020-06-22', evidence('a', '2020-06-22', 'OPPOSES'));
    const again = day('2020-07-01', evidence('b', '2020-07-01', 'OPPOSES'));
    const split = day(
      '2020-12-08',
      evidence('c', '2020-12-08', 'SUPPORTS'),
      evidence('d', '2020-12-08', 'OPPOSES'),
    );
    const history: PositionHistory = {
      actor: 'TUR',
      position: ODD,
      modalities: ['ASSERTED'],
      stances: [first, again, split],
      shifts: [{ from: again, to: split }],
    };
    expect(historyCsv(history)).toBe(
      'actor,position,date,stance,mixed,shift,previousStance,evidence\n' +
        'TUR,"OTHER:say ""no"", twice",2020-06-22,OPPOSES,false,false,,statement:a\n' +
        'TUR,"OTHER:say ""no"", twice",2020-07-01,OPPOSES,false,false,,statement:b\n' +
        'TUR,"OTHER:say ""no"", twice",2020-12-08,MIXED,true,true,OPPOSES,statement:c;statement:d\n',
    );
  });
});
