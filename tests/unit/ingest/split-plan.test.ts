import { emptyPlan } from '../../../src/ingest/write/rows';
import type { WritePlan } from '../../../src/ingest/write/rows';
import { splitPlan } from '../../../src/ingest/write/split-plan';

function planOf(statements: number): WritePlan {
  const plan = emptyPlan();
  plan.topics.push({ id: 't', name: 'T', description: null, contentHash: 'h' });
  for (let i = 0; i < statements; i++) {
    const id = `s${i}`;
    plan.statements.push({
      id,
      date: '2020-01-01',
      datePrecision: 'DAY',
      kind: 'SPEECH',
      speaker: null,
      onBehalfOf: ['IRN'],
      topics: [],
      summary: null,
      language: null,
      location: null,
      respondsTo: [],
      reportedIn: [],
      contentHash: 'h',
    });
    plan.quotes.push({ statementId: id, ref: 'q', id: `quote:${i}`, text: 'x' });
    plan.stances.push({
      statementId: id,
      positionId: 'p',
      quoteId: `quote:${i}`,
      stance: 'SUPPORTS',
      act: 'AFFIRMS',
      modality: 'ASSERTED',
      target: null,
    });
  }
  return plan;
}

describe('splitPlan', () => {
  it('keeps a plan that fits whole', () => {
    const plan = planOf(3);
    expect(splitPlan(plan, 3)).toEqual([plan]);
  });

  it('cuts statements into parts with their own quotes and stances; definitions go first', () => {
    const parts = splitPlan(planOf(7), 3);
    expect(parts.map((p) => p.statements.map((s) => s.id))).toEqual([
      ['s0', 's1', 's2'],
      ['s3', 's4', 's5'],
      ['s6'],
    ]);
    for (const part of parts) {
      const ids = new Set(part.statements.map((s) => s.id));
      expect(part.quotes.every((q) => ids.has(q.statementId))).toBe(true);
      expect(part.stances.map((s) => s.statementId)).toEqual([...ids]);
    }
    expect(parts.map((p) => p.topics.length)).toEqual([1, 0, 0]);
  });
});
