import { formatAgreementTable, scoreText } from '../../../src/cli/format/agreement-table';
import type { PairAgreement } from '../../../src/analysis';
import type { AgreementResult } from '../../../src/comparison';

const ALL = { key: 'all', from: '2020-01-01', to: '2021-09-30' };

function pair(
  actorA: string,
  actorB: string,
  result: PairAgreement['result'],
  mixedPositions: string[] = [],
): PairAgreement {
  return {
    actorA,
    actorB,
    bucket: ALL,
    measure: 'S_SCORE',
    result,
    comparisons: [],
    mixedPositions,
  };
}

const AGREEMENT: AgreementResult = {
  from: '2020-01-01',
  to: '2021-09-30',
  actors: ['TUR', 'RUS', 'org:contact'],
  positions: ['CEASEFIRE:w', 'PEACE_PLAN:p', 'WITHDRAWAL:v'],
  interval: 'NONE',
  measure: 'S_SCORE',
  missing: 'EXCLUDE',
  minOverlap: 1,
  basis: 'IN_FORCE',
  modalities: ['ASSERTED'],
  buckets: [ALL],
  pairs: [
    pair('TUR', 'RUS', { value: 0.5, n: 2, positions: ['CEASEFIRE:w', 'PEACE_PLAN:p'] }),
    pair(
      'TUR',
      'org:contact',
      { value: -1 / 3, n: 3, positions: ['CEASEFIRE:w', 'PEACE_PLAN:p', 'WITHDRAWAL:v'] },
      ['WITHDRAWAL:v'],
    ),
    pair('RUS', 'org:contact', {
      value: null,
      n: 2,
      reason: 'UNDEFINED_EXPECTED_AGREEMENT_IS_ONE',
      positions: ['CEASEFIRE:w', 'PEACE_PLAN:p'],
    }),
  ],
};

describe('agreement as a table', () => {
  it('rounds scores to three decimals and shows a dash when there is none', () => {
    expect([1, 0.5, -0.2, 7 / 15, 0, null].map(scoreText)).toEqual([
      '1.000',
      '0.500',
      '-0.200',
      '0.467',
      '0.000',
      '—',
    ]);
  });

  it('prints a row per pair: score, n, the positions; the reason when there is no score', () => {
    expect(formatAgreementTable(AGREEMENT)).toBe(
      [
        's-score 2020-01-01 to 2021-09-30 as one bucket; missing: exclude, min overlap 1, basis: in-force; modalities ASSERTED',
        '',
        'all  2020-01-01 to 2021-09-30',
        '  pair              score  n  positions',
        '  TUR–RUS           0.500  2  CEASEFIRE:w, PEACE_PLAN:p',
        '  TUR–org:contact  -0.333  3  CEASEFIRE:w, PEACE_PLAN:p, WITHDRAWAL:v; mixed: WITHDRAWAL:v',
        '  RUS–org:contact       —  2  (UNDEFINED_EXPECTED_AGREEMENT_IS_ONE) CEASEFIRE:w, PEACE_PLAN:p',
        '',
      ].join('\n'),
    );
  });

  it('gives each bucket its block, and no overlap its reason alone', () => {
    const q1 = { key: '2020-Q1', from: '2020-01-01', to: '2020-03-31' };
    const q2 = { key: '2020-Q2', from: '2020-04-01', to: '2020-06-30' };
    const text = formatAgreementTable({
      ...AGREEMENT,
      actors: ['TUR', 'RUS'],
      interval: 'QUARTER',
      measure: 'COHEN_KAPPA',
      missing: 'NEUTRAL',
      minOverlap: 2,
      basis: 'EXPRESSED',
      from: '2020-01-01',
      to: '2020-06-30',
      buckets: [q1, q2],
      pairs: [
        {
          ...pair('TUR', 'RUS', { value: null, n: 0, reason: 'NO_OVERLAP', positions: [] }),
          bucket: q1,
        },
        {
          ...pair('TUR', 'RUS', {
            value: null,
            n: 1,
            reason: 'BELOW_MIN_OVERLAP',
            positions: ['CEASEFIRE:w'],
          }),
          bucket: q2,
        },
      ],
    });
    expect(text).toBe(
      [
        'cohen-kappa 2020-01-01 to 2020-06-30 by quarter; missing: neutral, min overlap 2, basis: expressed; modalities ASSERTED',
        '',
        '2020-Q1  2020-01-01 to 2020-03-31',
        '  pair     score  n  positions',
        '  TUR–RUS      —  0  (NO_OVERLAP)',
        '',
        '2020-Q2  2020-04-01 to 2020-06-30',
        '  pair     score  n  positions',
        '  TUR–RUS      —  1  (BELOW_MIN_OVERLAP) CEASEFIRE:w',
        '',
      ].join('\n'),
    );
  });
});
