import { stanceValue } from '../../../src/analysis';

describe('stanceValue', () => {
  it('codes SUPPORTS +1, NEUTRAL 0, OPPOSES −1', () => {
    expect(stanceValue('SUPPORTS')).toBe(1);
    expect(stanceValue('NEUTRAL')).toBe(0);
    expect(stanceValue('OPPOSES')).toBe(-1);
  });
});
