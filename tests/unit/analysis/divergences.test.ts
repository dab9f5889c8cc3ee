import { divergences } from '../../../src/analysis';
import type { Divergence, StanceObservation } from '../../../src/analysis';
import { observation } from './support';

const P = 'CEASEFIRE:nagorno-karabakh';
const say = (
  actorId: string,
  date: string,
  stance: StanceObservation['stance'],
  extra: Partial<StanceObservation> = {},
): StanceObservation => observation({ actorId, positionId: P, date, stance, ...extra });

/**
 * Stances held on the ceasefire (window: the last quarter of 2020):
 *   ARM  SUPPORTS from 09-20 (restated 10-10 and 11-05), OPPOSES from 11-15
 *   AZE  OPPOSES 10-05..10-24, NEUTRAL 10-25..10-31, OPPOSES from 11-01
 *   TUR  OPPOSES from 09-01 (before the window, never restated)
 *   IRN  SUPPORTS from 12-10; its OPPOSES of 12-20 was retracted
 */
const OBSERVATIONS: readonly StanceObservation[] = [
  say('ARM', '2020-09-20', 'SUPPORTS'),
  say('ARM', '2020-10-10', 'SUPPORTS'),
  say('ARM', '2020-11-05', 'SUPPORTS'),
  say('ARM', '2020-11-15', 'OPPOSES'),
  say('AZE', '2020-10-05', 'OPPOSES'),
  say('AZE', '2020-10-25', 'NEUTRAL'),
  say('AZE', '2020-11-01', 'OPPOSES'),
  say('TUR', '2020-09-01', 'OPPOSES'),
  say('IRN', '2020-12-10', 'SUPPORTS'),
  say('IRN', '2020-12-20', 'OPPOSES', { retracted: true }),
];
const ACTORS = ['ARM', 'AZE', 'TUR', 'IRN'];
const Q4 = { from: '2020-10-01', to: '2020-12-31' };

const brief = (d: Divergence) => [d.supporter.actorId, d.opposer.actorId, d.from, d.to];
const dates = (side: Divergence['supporter']) => side.evidence.map((e) => e.date);

describe('divergences', () => {
  it('finds every span in which one actor supported and another opposed', () => {
    expect(divergences(OBSERVATIONS, ACTORS, [P], Q4).map(brief)).toEqual([
      ['ARM', 'TUR', '2020-10-01', '2020-11-14'],
      ['ARM', 'AZE', '2020-10-05', '2020-10-24'],
      ['ARM', 'AZE', '2020-11-01', '2020-11-14'],
      ['IRN', 'ARM', '2020-12-10', '2020-12-31'],
      ['IRN', 'AZE', '2020-12-10', '2020-12-31'],
      ['IRN', 'TUR', '2020-12-10', '2020-12-31'],
    ]);
  });

  it('gives the statements behind each side, up to the end of the divergence', () => {
    const [armTur, armAze] = divergences(OBSERVATIONS, ACTORS, [P], Q4);
    expect(armTur!.positionId).toBe(P);
    expect(dates(armTur!.supporter)).toEqual(['2020-09-20', '2020-10-10', '2020-11-05']);
    expect(dates(armTur!.opposer)).toEqual(['2020-09-01']);
    // ARM's restatement of 11-05 came after this divergence ended on 10-24.
    expect(dates(armAze!.supporter)).toEqual(['2020-09-20', '2020-10-10']);
    expect(armAze!.opposer.evidence).toEqual([
      {
        statementId: 'statement:AZE:2020-10-05',
        quoteId: 'quote:AZE:2020-10-05:OPPOSES',
        date: '2020-10-05',
        stance: 'OPPOSES',
        act: 'AFFIRMS',
        modality: 'ASSERTED',
      },
    ]);
  });

  it('leaves out a restatement made after the divergence ended', () => {
    const early = divergences(OBSERVATIONS, ['ARM', 'AZE'], [P], {
      from: '2020-10-01',
      to: '2020-10-09',
    });
    expect(early.map(brief)).toEqual([['ARM', 'AZE', '2020-10-05', '2020-10-09']]);
    expect(dates(early[0]!.supporter)).toEqual(['2020-09-20']);
  });

  it('requires both stances stated within the window when asked', () => {
    const stated = divergences(OBSERVATIONS, ACTORS, [P], Q4, { expressedInWindow: true });
    expect(stated.map(brief)).toEqual([
      ['ARM', 'AZE', '2020-10-05', '2020-10-24'],
      ['ARM', 'AZE', '2020-11-01', '2020-11-14'],
      ['IRN', 'ARM', '2020-12-10', '2020-12-31'],
      ['IRN', 'AZE', '2020-12-10', '2020-12-31'],
    ]);
    const early = { from: '2020-10-01', to: '2020-10-09' };
    expect(
      divergences(OBSERVATIONS, ['ARM', 'AZE'], [P], early, { expressedInWindow: true }),
    ).toEqual([]);
  });

  it('finds nothing outside the window, nor between neutral and either side', () => {
    expect(
      divergences(OBSERVATIONS, ACTORS, [P], { from: '2020-08-01', to: '2020-08-31' }),
    ).toEqual([]);
    expect(
      divergences(OBSERVATIONS, ['ARM', 'AZE'], [P], { from: '2020-10-25', to: '2020-10-31' }),
    ).toEqual([]);
  });

  it('does not let a day of conflicting statements count as either stance', () => {
    const conflicted = [
      say('ARM', '2020-10-01', 'SUPPORTS', { statementId: 'statement:1' }),
      say('ARM', '2020-10-01', 'OPPOSES', { statementId: 'statement:2' }),
      say('AZE', '2020-10-01', 'OPPOSES'),
    ];
    expect(divergences(conflicted, ['ARM', 'AZE'], [P], Q4)).toEqual([]);
  });

  it('counts a conditional stance only when conditionals are asked for', () => {
    const redLine = [
      say('ARM', '2020-10-01', 'SUPPORTS'),
      say('AZE', '2020-10-02', 'OPPOSES', { modality: 'CONDITIONAL' }),
    ];
    expect(divergences(redLine, ['ARM', 'AZE'], [P], Q4)).toEqual([]);
    expect(
      divergences(redLine, ['ARM', 'AZE'], [P], Q4, {
        modalities: ['ASSERTED', 'CONDITIONAL'],
      }).map(brief),
    ).toEqual([['ARM', 'AZE', '2020-10-02', '2020-12-31']]);
  });

  it('refuses a reversed window', () => {
    expect(() =>
      divergences(OBSERVATIONS, ACTORS, [P], { from: '2020-12-31', to: '2020-10-01' }),
    ).toThrow(RangeError);
  });
});
