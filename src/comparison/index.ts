/**
 * Comparisons over the graph: each reads the stances it needs with one of the queries in
 * cypher/queries and leaves the arithmetic to src/analysis. Shared by the API and the CLI.
 */
export { agreement, divergences, positionHistory, positionMatrix } from './compare';
export type {
  AgreementResult,
  DivergenceResult,
  PositionHistory,
  PositionMatrix,
  ScopeListener,
} from './compare';
export { scopeLabels } from './labels';
export { peacePlans } from './peace-plans';
export type { ActorTimeline, PeacePlanReport, PlanStatusReport } from './peace-plans';
export { databaseReader } from './query-reader';
export type { QueryReader } from './query-reader';
export { redLines } from './red-lines';
export type {
  RedLineReport,
  RedLineRole,
  RedLinesResult,
  RedLineStatement,
  RedLineStatusReport,
} from './red-lines';
export { redLineStatuses } from './red-line-statuses.queries';
export {
  AGREEMENT,
  COMPARISON_LIMITS,
  COMPARISON_OPERATIONS,
  describeField,
  DIVERGENCES,
  PEACE_PLANS,
  POSITION_HISTORY,
  POSITION_MATRIX,
  RED_LINES,
  REQUEST_ENUMS,
} from './request';
export type {
  AgreementInput,
  ComparisonInput,
  ComparisonOperation,
  DivergenceInput,
  FieldType,
  HistoryInput,
  PeacePlansInput,
  PositionWeight,
  RedLinesInput,
  RequestEnum,
  RequestField,
  RequestFields,
  RequestOf,
} from './request';
export { parseWindow, windowDay } from './window';
export { asOfParam, parseAsOf } from './as-of';
