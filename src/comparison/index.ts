/**
 * Comparisons over the graph: each reads the stances it needs with one of the queries in
 * cypher/queries and leaves the arithmetic to src/analysis. Shared by the API and the CLI.
 */
export { agreement, divergences, positionHistory, positionMatrix } from './compare';
export type {
  AgreementInput,
  AgreementResult,
  ComparisonInput,
  DivergenceInput,
  DivergenceResult,
  HistoryInput,
  PositionHistory,
  PositionMatrix,
} from './compare';
export { peacePlans } from './peace-plans';
export type {
  ActorTimeline,
  PeacePlanReport,
  PeacePlansInput,
  PlanStatusReport,
} from './peace-plans';
export { databaseReader } from './query-reader';
export type { QueryReader } from './query-reader';
export { redLines } from './red-lines';
export type {
  RedLineReport,
  RedLineRole,
  RedLinesInput,
  RedLinesResult,
  RedLineStatement,
} from './red-lines';
export { COMPARISON_LIMITS } from './scope';
export { parseWindow, windowDay } from './window';
