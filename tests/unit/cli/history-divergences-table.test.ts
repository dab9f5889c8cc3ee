import { formatDivergencesTable } from '../../../src/cli/format/divergences-table';
import { formatHistoryTable } from '../../../src/cli/format/history-table';
import type { DayStance } from '../../../src/analysis';
import type { DivergenceResult, PositionHistory } from '../../../src/comparison';
import { evidence } from './comparison-fixtures';

const day = (date: string, stance: DayStance['stance'], statements: string[]): DayStance => ({
  date,
  stance,
  mixed: false,
  evidence: statements.map((s) => evidence(s, date, stance!)),
});

describe('history as a table', () => {
  const d1 = day('2020-01-20', 'SUPPORTS', ['cmp-001']);
  const d2 = day('2020-05-01', 'SUPPORTS', ['cmp-008', 'cmp-009']);
  const d3: DayStance = {
    date: '2020-10-12',
    stance: null,
    mixed: true,
    evidence: [
      evidence('cmp-018', '2020-10-12', 'OPPOSES'),
      evidence('cmp-019', '2020-10-12', 'SUPPORTS'),
    ],
  };
  const d4 = day('2021-02-03', 'NEUTRAL', ['cmp-026']);
  const history: PositionHistory = {
    actor: 'TUR',
    position: 'CEASEFIRE:test-war',
    modalities: ['ASSERTED', 'CONDITIONAL'],
    stances: [d1, d2, d3, d4],
    shifts: [
      { from: d2, to: d3 },
      { from: d3, to: d4 },
    ],
  };

  it('prints a line per day with its statements, and each shift under the day it happened', () => {
    expect(formatHistoryTable(history)).toBe(
      [
        'TUR on CEASEFIRE:test-war; modalities ASSERTED, CONDITIONAL',
        '2020-01-20  SUPPORTS  (statement:cmp-001)',
        '2020-05-01  SUPPORTS  (statement:cmp-008, statement:cmp-009)',
        '2020-10-12  MIXED     (statement:cmp-018 OPPOSES, statement:cmp-019 SUPPORTS)',
        '            ↳ shift: SUPPORTS → MIXED',
        '2021-02-03  NEUTRAL   (statement:cmp-026)',
        '            ↳ shift: MIXED → NEUTRAL',
        '4 day(s), 2 shift(s)',
        '',
      ].join('\n'),
    );
  });

  it('says so when the actor never took a stance on the position', () => {
    expect(formatHistoryTable({ ...history, stances: [], shifts: [] })).toBe(
      'TUR on CEASEFIRE:test-war; modalities ASSERTED, CONDITIONAL\nno stance recorded\n',
    );
  });
});

describe('divergences as a table', () => {
  const result: DivergenceResult = {
    from: '2021-01-01',
    to: '9999-12-31',
    positions: ['CEASEFIRE:w', 'WITHDRAWAL:v'],
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
      {
        positionId: 'CEASEFIRE:w',
        from: '2021-05-25',
        to: '9999-12-31',
        supporter: { actorId: 'org:contact', evidence: [evidence('d', '2021-03-01', 'SUPPORTS')] },
        opposer: { actorId: 'USA', evidence: [evidence('e', '2021-05-25', 'OPPOSES')] },
      },
      {
        positionId: 'WITHDRAWAL:v',
        from: '2021-02-03',
        to: '2021-06-30',
        supporter: { actorId: 'IRN', evidence: [evidence('f', '2021-01-10', 'SUPPORTS')] },
        opposer: { actorId: 'TUR', evidence: [evidence('g', '2021-02-03', 'OPPOSES')] },
      },
    ],
  };

  it('prints each span under its position, supporter (+) over opposer (-), with their statements', () => {
    expect(formatDivergencesTable(result)).toBe(
      [
        'divergences 2021-01-01 to …; modalities ASSERTED',
        '',
        'CEASEFIRE:w',
        '  2021-01-01 to 2021-06-30  + RUS          statement:a, statement:b',
        '                            - TUR          statement:c',
        '  2021-05-25 to …           + org:contact  statement:d',
        '                            - USA          statement:e',
        '',
        'WITHDRAWAL:v',
        '  2021-02-03 to 2021-06-30  + IRN          statement:f',
        '                            - TUR          statement:g',
        '',
        '3 divergence(s)',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is none', () => {
    expect(formatDivergencesTable({ ...result, from: '0001-01-01', divergences: [] })).toBe(
      'divergences … to …; modalities ASSERTED\n\nno divergences\n',
    );
  });
});
