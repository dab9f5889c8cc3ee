import { packEvidence, summariseMonths } from '../analysis';
import type { StanceObservation } from '../analysis';
import type { WritePlan } from '../ingest/plan/write-plan';

/** One :StanceMonth node as the importer writes it (docs/model.md). */
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
 * What the statements imported together add to the month summaries. Online ingestion adds them
 * with cypher/statements/add-to-stance-months.cypher; the offline importer runs no Cypher, so it
 * summarises with the reference computation of src/analysis/months.ts (the tests' oracle), and
 * the import tests hold the result equal, node by node, to what `ingest` writes.
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
