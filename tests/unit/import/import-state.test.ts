import { ImportState } from '../../../src/import/import-state';
import type { ImportTables } from '../../../src/import/import-tables';
import type { StanceMonthSummary } from '../../../src/import/month-summaries';

const noTables = {} as ImportTables;

function month(over: Partial<StanceMonthSummary>): StanceMonthSummary {
  return {
    positionId: 'P',
    actorId: 'AZE',
    modality: 'ASSERTED',
    month: '2020-10',
    supports: 1,
    opposes: 0,
    neutral: 0,
    lastDay: '2020-10-05',
    evidence: ['s1 q1 SUPPORTS CALLS_FOR'],
    ...over,
  };
}

describe('ImportState', () => {
  it('adds month summaries as add-to-stance-months.cypher does: counts add, a later day replaces the evidence, the same day extends it, an earlier one leaves it', () => {
    const state = new ImportState(noTables, '2026-01-01T00:00:00Z');
    state.addMonths([month({})]);
    state.addMonths([month({ opposes: 2, supports: 0, lastDay: '2020-10-09', evidence: ['s2'] })]);
    state.addMonths([month({ neutral: 1, supports: 0, lastDay: '2020-10-09', evidence: ['s3'] })]);
    state.addMonths([month({ supports: 4, lastDay: '2020-10-01', evidence: ['s0'] })]);
    state.addMonths([month({ actorId: 'ARM', evidence: ['s9'] })]);
    const months = [...state.monthSummaries()];
    expect(months).toHaveLength(2);
    expect(months[0]).toMatchObject({
      actorId: 'AZE',
      supports: 5,
      opposes: 2,
      neutral: 1,
      lastDay: '2020-10-09',
      evidence: ['s2', 's3'],
    });
    expect(months[1]).toMatchObject({ actorId: 'ARM', evidence: ['s9'] });
  });

  it('shares quotes as MERGE does: the first text is the node’s, a statement spelling it otherwise keeps its own on QUOTES', () => {
    const state = new ImportState(noTables, '2026-01-01T00:00:00Z');
    expect(state.quote('q', 'Café')).toEqual({ isNew: true, ownText: null });
    expect(state.quote('q', 'Café')).toEqual({ isNew: false, ownText: null });
    const decomposed = 'Cafe\u0301';
    expect(state.quote('q', decomposed)).toEqual({ isNew: false, ownText: decomposed });
  });

  it('writes a node or a MERGEd relationship once', () => {
    const state = new ImportState(noTables, '2026-01-01T00:00:00Z');
    expect(state.isNewNode('Actor|AZE')).toBe(true);
    expect(state.isNewNode('Actor|AZE')).toBe(false);
    expect(state.isNewLink('a', 'HOLDS_ROLE', 'b', 'minister')).toBe(true);
    expect(state.isNewLink('a', 'HOLDS_ROLE', 'b', 'minister')).toBe(false);
    expect(state.isNewLink('a', 'HOLDS_ROLE', 'b', 'spokesman')).toBe(true);
  });
});
