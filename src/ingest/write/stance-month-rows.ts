import { packEvidence, summariseMonths } from '../../analysis';
import type { StanceObservation } from '../../analysis';
import type { WritePlan } from '../plan/write-plan';

/** One summary of cypher/statements/add-to-stance-months.cypher. */
export interface StanceMonthSummary {
  positionId: string;
  actorId: string;
  modality: string;
  month: string;
  supports: number;
  opposes: number;
  neutral: number;
  lastDay: string;
  /** packEvidence's strings. */
  evidence: string[];
}

/**
 * What the statements written together add to the month summaries. They are new to the graph
 * (validation proved it) and standing, so they are summarised here from the plan, with the
 * reference computation, rather than read back from the graph: reading them back cost about a
 * second of server CPU per 10,000 statements (docs/benchmarks.md).
 */
export function stanceMonthSummaries(
  statements: readonly WritePlan['statements'][number][],
): StanceMonthSummary[] {
  const observations: StanceObservation[] = [];
  for (const statement of statements) {
    for (const actorId of statement.onBehalfOf) {
      for (const stance of statement.stances) {
        observations.push({
          actorId,
          positionId: stance.positionId,
          statementId: statement.id,
          quoteId: stance.quoteId,
          date: statement.date,
          stance: stance.stance,
          act: stance.act,
          modality: stance.modality,
          retracted: false,
          superseded: false,
        });
      }
    }
  }
  return summariseMonths(observations).map((month) => ({
    positionId: month.positionId,
    actorId: month.actorId,
    modality: month.modality,
    month: month.month,
    supports: month.supports,
    opposes: month.opposes,
    neutral: month.neutral,
    lastDay: month.lastDay,
    evidence: month.evidence.map(packEvidence),
  }));
}
