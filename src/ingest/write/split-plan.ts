import { emptyPlan } from './rows';
import type { WritePlan } from './rows';

/**
 * Cuts a plan into parts of at most `statementsPerPart` statements, each with its own quotes
 * and stances; the first part also carries every definition (actors, positions …) so that the
 * later parts find what they refer to. Each part is then one transaction (--commit-every).
 */
export function splitPlan(plan: WritePlan, statementsPerPart: number): WritePlan[] {
  if (plan.statements.length <= statementsPerPart) return [plan];
  const partOf = new Map<string, number>();
  plan.statements.forEach((s, i) => partOf.set(s.id, Math.floor(i / statementsPerPart)));
  const count = Math.ceil(plan.statements.length / statementsPerPart);
  const parts: WritePlan[] = Array.from({ length: count }, (_, i) =>
    i === 0 ? { ...plan, statements: [], quotes: [], stances: [] } : emptyPlan(),
  );
  for (const s of plan.statements) parts[partOf.get(s.id)!]!.statements.push(s);
  for (const q of plan.quotes) parts[partOf.get(q.statementId)!]!.quotes.push(q);
  for (const st of plan.stances) parts[partOf.get(st.statementId)!]!.stances.push(st);
  return parts;
}
