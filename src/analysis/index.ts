/** Pure comparison logic over stance observations: no I/O, no database. See docs/measures.md. */
export { agreementByBucket, agreementOfCells, STANCE_BASES } from './agreement';
export type { AgreementOptions, PairAgreement, PositionComparison, StanceBasis } from './agreement';
export {
  bucketKey,
  findBucket,
  INTERVALS,
  isInWindow,
  listBuckets,
  WHOLE_WINDOW_KEY,
} from './buckets';
export type { Bucket, DateWindow, Interval } from './buckets';
export { isIsoDay } from './dates';
export {
  coversWholeMonths,
  monthMatrix,
  monthOf,
  packEvidence,
  summariseMonths,
  unpackEvidence,
} from './months';
export type { StanceMonth } from './months';
export { divergences } from './divergences';
export type { Divergence, DivergenceOptions, DivergenceSide } from './divergences';
export {
  agreementIndex,
  cohenKappa,
  computeMeasure,
  MEASURES,
  MISSING_MODES,
  scottPi,
  sScore,
  sScoreSquared,
  WEIGHTED_MEASURES,
  UNDEFINED_REASONS,
  weightedKappa,
} from './measures';
export type {
  Measure,
  MeasureOptions,
  MeasureResult,
  MissingMode,
  SScoreOptions,
  StanceVector,
  UndefinedReason,
  WeightedKappaOptions,
} from './measures';
export { STANCE_VALUES, stanceValue } from './stance-value';
export type { StanceValue } from './stance-value';
export { bucketMatrix, countedObservations, shifts, stanceInForce } from './timeline';
export type {
  BucketCell,
  DayStance,
  Shift,
  StanceEvidence,
  StanceObservation,
  StanceShifts,
  TimelineOptions,
} from './timeline';
