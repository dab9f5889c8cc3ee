import type { Act, Modality, PlanStatus, Stance } from '../model/vocabulary';
import { queryFile } from '../neo4j/query-file';

/**
 * The queries the comparisons run, each with the row it returns: the one place where their
 * columns are named for the code (tests/integration/neo4j/query-files checks them on Neo4j).
 */

export interface IdNameRow {
  id: string;
  name: string;
}

export const actorsById = queryFile<IdNameRow>('queries/actors-by-id.cypher', {
  id: true,
  name: true,
});

/** Only on the error path of an unknown actor: every actor, to suggest the one meant. */
export const actorNames = queryFile<IdNameRow>('queries/actor-names.cypher', {
  id: true,
  name: true,
});

export const topicById = queryFile<IdNameRow>('queries/topic-by-id.cypher', {
  id: true,
  name: true,
});

export interface ComparisonPositionRow {
  id: string;
  /** A position type id (a :PositionType node's). */
  type: string;
  label: string | null;
}

export const comparisonPositions = queryFile<ComparisonPositionRow>(
  'queries/comparison-positions.cypher',
  { id: true, type: true, label: true },
);

/** One counted stance: a statement's stance on a position, on behalf of one actor. */
export interface StanceObservationRow {
  actorId: string;
  positionId: string;
  statementId: string;
  quoteId: string;
  date: string;
  stance: Stance;
  act: Act | null;
  modality: Modality;
}

export const stanceObservations = queryFile<StanceObservationRow>(
  'queries/stance-observations.cypher',
  {
    actorId: true,
    positionId: true,
    statementId: true,
    quoteId: true,
    date: true,
    stance: true,
    act: true,
    modality: true,
  },
);

/** One actor on one position: its month summaries in parallel lists. */
export interface StanceMonthsRow {
  actorId: string;
  positionId: string;
  months: string[];
  supports: number[];
  opposes: number[];
  neutral: number[];
  lastDays: string[];
  /** Per month, the evidence packed as analysis/months.ts reads it. */
  evidence: string[][];
}

export const stanceMonths = queryFile<StanceMonthsRow>('queries/stance-months.cypher', {
  actorId: true,
  positionId: true,
  months: true,
  supports: true,
  opposes: true,
  neutral: true,
  lastDays: true,
  evidence: true,
});

export interface PeacePlanRow {
  positionId: string;
  name: string;
  status: PlanStatus;
  proposedBy: string[];
  principles: string[];
  partners: string[];
  partnerDescriptions: string[];
  statusHistory: { date: string; status: PlanStatus; statementId: string; quoteId: string }[];
}

export const peacePlanRows = queryFile<PeacePlanRow>('queries/peace-plans.cypher', {
  positionId: true,
  name: true,
  status: true,
  proposedBy: true,
  principles: true,
  partners: true,
  partnerDescriptions: true,
  statusHistory: true,
});

export interface RedLineStatementRow {
  statementId: string;
  date: string;
  onBehalfOf: string[];
  quoteId: string;
  stance: Stance;
  act: Act | null;
  modality: Modality;
}

export interface RedLineRow {
  positionId: string;
  condition: string;
  threatenedResponse: string | null;
  declaredBy: string[];
  triggerEvent: string | null;
  statements: RedLineStatementRow[];
}

export const redLineRows = queryFile<RedLineRow>('queries/red-lines.cypher', {
  positionId: true,
  condition: true,
  threatenedResponse: true,
  declaredBy: true,
  triggerEvent: true,
  statements: true,
});

export interface RedLineDeclarationRow {
  positionId: string;
  statementId: string;
}

export const redLineDeclarations = queryFile<RedLineDeclarationRow>(
  'queries/red-line-declarations.cypher',
  { positionId: true, statementId: true },
);

export interface PositionTypeRow {
  id: string;
  label: string;
  description: string | null;
  parent: string | null;
}

/** Every position type (a few dozen): filters resolve names and take in descendants from them. */
export const positionTypesQuery = queryFile<PositionTypeRow>('queries/position-types.cypher', {
  id: true,
  label: true,
  description: true,
  parent: true,
});
