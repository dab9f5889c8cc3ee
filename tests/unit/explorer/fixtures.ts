import type { AgreementData, HistoryData, TimelineData } from '../../../src/explorer/charts/types';

/** Small chart inputs whose every cell is known, shared by the spec and SVG tests. */

export const TIMELINE: TimelineData = {
  actors: [
    { id: 'IRN', label: 'Iran' },
    { id: 'TUR', label: 'Türkiye' },
  ],
  positions: [{ id: 'pos:ceasefire', label: 'Ceasefire now' }],
  buckets: ['2020-09', '2020-10', '2020-11'],
  cells: [
    {
      actorId: 'IRN',
      positionId: 'pos:ceasefire',
      bucket: '2020-09',
      stance: 'SUPPORTS',
      mixed: false,
      carried: false,
      supports: 2,
      opposes: 0,
      neutral: 0,
    },
    {
      actorId: 'IRN',
      positionId: 'pos:ceasefire',
      bucket: '2020-10',
      stance: 'SUPPORTS',
      mixed: false,
      carried: true,
      supports: 0,
      opposes: 0,
      neutral: 0,
    },
    {
      actorId: 'IRN',
      positionId: 'pos:ceasefire',
      bucket: '2020-11',
      stance: 'OPPOSES',
      mixed: false,
      carried: false,
      supports: 0,
      opposes: 1,
      neutral: 0,
    },
    {
      actorId: 'TUR',
      positionId: 'pos:ceasefire',
      bucket: '2020-09',
      stance: null,
      mixed: false,
      carried: false,
      supports: 0,
      opposes: 0,
      neutral: 0,
    },
    {
      actorId: 'TUR',
      positionId: 'pos:ceasefire',
      bucket: '2020-10',
      stance: null,
      mixed: true,
      carried: false,
      supports: 1,
      opposes: 1,
      neutral: 0,
    },
    {
      actorId: 'TUR',
      positionId: 'pos:ceasefire',
      bucket: '2020-11',
      stance: 'NEUTRAL',
      mixed: false,
      carried: false,
      supports: 0,
      opposes: 0,
      neutral: 1,
    },
  ],
};

export const AGREEMENT: AgreementData = {
  measure: 'S_SCORE',
  actors: [
    { id: 'IRN', label: 'Iran' },
    { id: 'TUR', label: 'Türkiye' },
    { id: 'RUS', label: 'Russia' },
  ],
  buckets: ['2020', '2021'],
  pairs: [
    { actorA: 'IRN', actorB: 'TUR', bucket: '2020', score: 0.5, n: 4, reason: null },
    { actorA: 'IRN', actorB: 'TUR', bucket: '2021', score: -1, n: 1, reason: null },
    { actorA: 'IRN', actorB: 'RUS', bucket: '2020', score: null, n: 0, reason: 'NO_OVERLAP' },
    { actorA: 'IRN', actorB: 'RUS', bucket: '2021', score: 1, n: 2, reason: null },
    {
      actorA: 'TUR',
      actorB: 'RUS',
      bucket: '2020',
      score: null,
      n: 1,
      reason: 'BELOW_MIN_OVERLAP',
    },
    { actorA: 'TUR', actorB: 'RUS', bucket: '2021', score: 0, n: 3, reason: null },
  ],
};

export const HISTORY: HistoryData = {
  actor: { id: 'IRN', label: 'Iran' },
  position: { id: 'pos:ceasefire', label: 'Ceasefire now' },
  stances: [
    { date: '2020-09-28', stance: 'SUPPORTS', mixed: false, statements: ['statement:a'] },
    { date: '2020-10-05', stance: 'SUPPORTS', mixed: false, statements: ['statement:b'] },
    { date: '2020-11-02', stance: 'OPPOSES', mixed: false, statements: ['statement:c'] },
    { date: '2020-12-01', stance: null, mixed: true, statements: ['statement:d', 'statement:e'] },
  ],
  shifts: [
    { from: '2020-10-05', to: '2020-11-02' },
    { from: '2020-11-02', to: '2020-12-01' },
  ],
};
