import { PositionTypeTree } from '../../../src/model/position-type-tree';
import { CORE_POSITION_TYPES } from '../../../src/model/position-types';
import { POSITION_TYPES } from '../../../src/model/vocabulary';

const tree = new PositionTypeTree([
  ...CORE_POSITION_TYPES,
  { id: 'MEDIATION_FORMAT', label: 'Mediation format', parent: 'MEDIATION' },
  { id: 'EXCLUSIVE_MEDIATION', label: 'Exclusive mediation', parent: 'MEDIATION_FORMAT' },
  { id: 'SUPPORT_FOR_PARTY', label: 'Support for a party', parent: null },
]);

describe('PositionTypeTree', () => {
  it('has every core type of the vocabulary, each with a label and a description', () => {
    expect(CORE_POSITION_TYPES.map((t) => t.id)).toEqual([...POSITION_TYPES]);
    for (const type of CORE_POSITION_TYPES) {
      expect(type.label.length).toBeGreaterThan(0);
      expect(type.description.length).toBeGreaterThan(10);
    }
  });

  it('finds a type by id or by label, in any case', () => {
    expect(tree.resolve('MEDIATION_FORMAT')).toEqual({ ok: true, id: 'MEDIATION_FORMAT' });
    expect(tree.resolve('mediation format')).toEqual({ ok: true, id: 'MEDIATION_FORMAT' });
    expect(tree.resolve(' Red Line ')).toEqual({ ok: true, id: 'RED_LINE' });
    expect(tree.resolve('ceasefire')).toEqual({ ok: true, id: 'CEASEFIRE' });
    expect(tree.resolve('peace-plan')).toEqual({ ok: true, id: 'PEACE_PLAN' });
  });

  it('suggests the nearest types for an unknown one', () => {
    const found = tree.resolve('Mediaton');
    expect(found.ok).toBe(false);
    expect(!found.ok && found.suggestions[0]).toBe('MEDIATION (Mediation)');
    expect(tree.resolve('Atlantis')).toEqual({ ok: false, suggestions: [] });
  });

  it('takes in descendants at every depth, each once', () => {
    expect(tree.withDescendants(['MEDIATION'])).toEqual([
      'EXCLUSIVE_MEDIATION',
      'MEDIATION',
      'MEDIATION_FORMAT',
    ]);
    expect(tree.withDescendants(['MEDIATION_FORMAT', 'EXCLUSIVE_MEDIATION'])).toEqual([
      'EXCLUSIVE_MEDIATION',
      'MEDIATION_FORMAT',
    ]);
    expect(tree.withDescendants(['CEASEFIRE'])).toEqual(['CEASEFIRE']);
    expect(tree.childrenOf('MEDIATION')).toEqual(['MEDIATION_FORMAT']);
  });

  it('finds a loop of parents', () => {
    const looped = new PositionTypeTree([
      { id: 'A', label: 'A', parent: 'B' },
      { id: 'B', label: 'B', parent: 'A' },
      { id: 'C', label: 'C', parent: 'A' },
    ]);
    expect(looped.cycleFrom('C')).toBe('A');
    expect(tree.cycleFrom('EXCLUSIVE_MEDIATION')).toBeNull();
  });
});
