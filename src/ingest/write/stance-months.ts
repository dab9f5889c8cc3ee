import { packEvidence, summariseMonths } from '../../analysis';
import type { StanceObservation } from '../../analysis';
import type { WritePlan } from './rows';

/** One row of cypher/ingest/write-11-stance-months.cypher. */
export interface StanceMonthRow {
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
 * What a plan's statements add to the month summaries. They are new to the graph (validation
 * proved it) and standing, so they are summarised on their own and added to what is there.
 */
export function stanceMonthRows(statements: WritePlan['statements']): StanceMonthRow[] {
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
