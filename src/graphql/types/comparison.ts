import { GraphQLDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { INTERVALS, MEASURES, MISSING_MODES, STANCE_BASES } from '../../analysis';
import type { BucketCell, PositionComparison as ComparedPosition } from '../../analysis';
import type { Entity } from '../loaders';
import { Actor } from './actor';
import { Position } from './entities';
import { ActEnum, enumOf, ModalityEnum, PlanStatusEnum, StanceEnum } from './enums';

/** The actors and positions of a matrix or agreement report, loaded when the operation asks. */
export interface ScopeNodes {
  readonly actors: ReadonlyMap<string, Entity>;
  readonly positions: ReadonlyMap<string, Entity>;
}

export const IntervalEnum = enumOf(
  INTERVALS,
  'Interval',
  'Calendar buckets of a comparison; NONE compares the whole window as one.',
);
export const MeasureEnum = enumOf(
  MEASURES,
  'AgreementMeasure',
  'Agreement index, Signorino & Ritter S, Scott π or Cohen κ (docs/measures.md).',
);
export const MissingEnum = enumOf(
  MISSING_MODES,
  'MissingStance',
  'A position only one actor addressed: left out (EXCLUDE) or counted as NEUTRAL (0).',
);
export const BasisEnum = enumOf(
  STANCE_BASES,
  'StanceBasis',
  'Compare the stances in force at the end of each bucket (IN_FORCE), or only those stated in it (EXPRESSED).',
);
export const RedLineRoleEnum = enumOf(
  ['DECLARES', 'RESTATES', 'INVOKES'] as const,
  'RedLineRole',
  "The first statement of a declaring actor declares a red line, its later ones restate it, anyone else's invoke it.",
);

@ObjectType({
  simpleResolvers: true,
  description: 'A calendar bucket, clipped to the window asked for.',
})
export class Bucket {
  @Field({ description: "'2020-10' (MONTH), '2020-Q4' (QUARTER), '2020' (YEAR) or 'all' (NONE)." })
  key!: string;

  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One stance behind a comparison result: the words it rests on.',
})
export class Evidence {
  @Field(() => GraphQLDate)
  date!: string;

  @Field(() => StanceEnum)
  stance!: string;

  @Field(() => ActEnum)
  act!: string;

  @Field(() => ModalityEnum)
  modality!: string;

  @Field(() => ID, { description: 'The statement, for queries near the depth limit.' })
  statementId!: string;

  @Field(() => ID, { description: 'The quote, for queries near the depth limit.' })
  quoteId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "An actor's stance on a position in one bucket.",
})
export class MatrixCell {
  @Field({ description: 'The bucket key.' })
  bucket!: string;

  @Field(() => StanceEnum, {
    nullable: true,
    description: 'In force at the end of the bucket; null when none yet, or when mixed.',
  })
  stance!: string | null;

  @Field({ description: "The statements of the stance's day disagree: no stance can be read." })
  mixed!: boolean;

  @Field({
    description: 'Nothing said in the bucket: the stance is an earlier one still in force.',
  })
  carried!: boolean;

  @Field(() => GraphQLDate, { nullable: true, description: 'The day the stance was stated.' })
  statedOn!: string | null;

  @Field(() => [Evidence], { description: 'The statements behind `stance`.' })
  evidence!: Evidence[];

  @Field(() => Int, { description: 'Statements in the bucket that support the position.' })
  supports!: number;

  @Field(() => Int, { description: 'Statements in the bucket that oppose it.' })
  opposes!: number;

  @Field(() => Int, { description: 'Statements in the bucket that are neutral on it.' })
  neutral!: number;

  // Plain fields, not resolvers: a matrix has 12,000 cells, and every resolver call goes through
  // type-graphql's parameter handling (scopeNodes in comparison.resolver.ts loads them once).
  @Field(() => Actor)
  actor!: Entity | undefined;

  @Field(() => Position)
  position!: Entity | undefined;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One actor on one position across the buckets: the matrix as time series, each list in the order of `buckets`. The same content as `cells` (evidence as ids), far lighter to ask for over many buckets.',
})
export class MatrixRow {
  @Field(() => [StanceEnum], {
    nullable: 'items',
    description: 'In force at the end of each bucket; null when none yet, or when mixed.',
  })
  stances!: (string | null)[];

  @Field(() => [Boolean])
  mixed!: boolean[];

  @Field(() => [Boolean], { description: 'Nothing said in the bucket: an earlier stance.' })
  carried!: boolean[];

  @Field(() => [GraphQLDate], { nullable: 'items' })
  statedOn!: (string | null)[];

  @Field(() => [Int])
  supports!: number[];

  @Field(() => [Int])
  opposes!: number[];

  @Field(() => [Int])
  neutral!: number[];

  @Field(() => [[ID]], { description: "Per bucket, the statements behind the bucket's stance." })
  statementIds!: string[][];

  @Field(() => [[ID]], { description: 'Per bucket, the quotes that carry it.' })
  quoteIds!: string[][];

  // Plain fields, as on MatrixCell.
  @Field(() => Actor)
  actor!: Entity | undefined;

  @Field(() => Position)
  position!: Entity | undefined;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Stances in force per actor × position × bucket.',
})
export class PositionMatrix {
  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  @Field(() => IntervalEnum)
  interval!: string;

  @Field(() => [ModalityEnum], { description: 'The modalities counted.' })
  modalities!: string[];

  @Field(() => [Bucket])
  buckets!: Bucket[];

  /** `cells` and `rows` are made from these only when asked for (a matrix can be large). */
  cellResults!: readonly BucketCell[];
  actorIds!: string[];
  positionIds!: string[];
  nodes!: ScopeNodes;
}

@ObjectType({ simpleResolvers: true, description: 'What an actor said on a position on one day.' })
export class DayStance {
  @Field(() => GraphQLDate)
  date!: string;

  @Field(() => StanceEnum, { nullable: true, description: 'Null exactly when mixed.' })
  stance!: string | null;

  @Field({ description: "That day's statements disagree." })
  mixed!: boolean;

  @Field(() => [Evidence])
  evidence!: Evidence[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Two consecutive stances that differ, with the evidence of both.',
})
export class Shift {
  @Field(() => DayStance)
  from!: DayStance;

  @Field(() => DayStance)
  to!: DayStance;
}

@ObjectType({
  simpleResolvers: true,
  description: "An actor's stances on one position, oldest first, shifts marked.",
})
export class PositionHistory {
  @Field(() => [DayStance])
  stances!: DayStance[];

  @Field(() => [Shift])
  shifts!: Shift[];

  @Field(() => [ModalityEnum])
  modalities!: string[];

  actorId!: string;
  positionId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "One position counted in an agreement score: each actor's cell.",
})
export class PositionComparison {
  @Field(() => MatrixCell)
  a!: MatrixCell;

  @Field(() => MatrixCell)
  b!: MatrixCell;

  positionId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The agreement of two actors in one bucket.' })
export class PairAgreement {
  // Plain fields, as on MatrixCell: an agreement report has thousands of pairs.
  @Field(() => Actor)
  actorA!: Entity | undefined;

  @Field(() => Actor)
  actorB!: Entity | undefined;

  @Field(() => Bucket)
  bucket!: Bucket;

  @Field(() => MeasureEnum)
  measure!: string;

  @Field(() => Float, { nullable: true, description: 'Null when undefined: see `reason`.' })
  score!: number | null;

  @Field(() => Int, { description: 'Positions counted.' })
  n!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why there is no score: NO_OVERLAP, BELOW_MIN_OVERLAP, UNDEFINED_EXPECTED_AGREEMENT_IS_ONE, …',
  })
  reason!: string | null;

  /** `comparisons` is made from these only when asked for. */
  comparisonResults!: readonly ComparedPosition[];
  nodes!: ScopeNodes;
  positionIds!: string[];
  mixedPositionIds!: string[];
}

@ObjectType({ simpleResolvers: true })
export class AgreementReport {
  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  @Field(() => IntervalEnum)
  interval!: string;

  @Field(() => MeasureEnum)
  measure!: string;

  @Field(() => MissingEnum)
  missing!: string;

  @Field(() => Int)
  minOverlap!: number;

  @Field(() => BasisEnum)
  basis!: string;

  @Field(() => [ModalityEnum])
  modalities!: string[];

  @Field(() => [Bucket])
  buckets!: Bucket[];

  @Field(() => [PairAgreement], { description: 'Every pair (in the order given) and bucket.' })
  pairs!: PairAgreement[];

  actorIds!: string[];
  positionIds!: string[];
}

@ObjectType({ simpleResolvers: true })
export class DivergenceSide {
  @Field(() => [Evidence], { description: 'From the first statement of the stance on.' })
  evidence!: Evidence[];

  actorId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Two actors holding opposite stances on a position, from → to.',
})
export class Divergence {
  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  @Field(() => DivergenceSide)
  supporter!: DivergenceSide;

  @Field(() => DivergenceSide)
  opposer!: DivergenceSide;

  positionId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A statement on a red line.' })
export class RedLineStatement {
  @Field(() => GraphQLDate)
  date!: string;

  @Field(() => RedLineRoleEnum)
  role!: string;

  @Field(() => StanceEnum)
  stance!: string;

  @Field(() => ActEnum)
  act!: string;

  @Field(() => ModalityEnum)
  modality!: string;

  statementId!: string;
  quoteId!: string;
  onBehalfOf!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'A declared red line, and the statements of the window on it.',
})
export class RedLineReport {
  @Field()
  condition!: string;

  @Field(() => String, { nullable: true })
  threatenedResponse!: string | null;

  @Field(() => [RedLineStatement], { description: 'Oldest first, one per stance.' })
  statements!: RedLineStatement[];

  positionId!: string;
  declaredBy!: string[];
  triggerEvent!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "An actor's stances on a peace plan over time." })
export class ActorStances {
  @Field(() => [DayStance])
  stances!: DayStance[];

  actorId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "A plan's status as one statement reported it, on the statement's date.",
})
export class PlanStatusReport {
  @Field(() => GraphQLDate)
  date!: string;

  @Field(() => PlanStatusEnum)
  status!: string;

  @Field(() => ID)
  statementId!: string;

  @Field(() => ID)
  quoteId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A peace plan with its proposers, principles, partners and reception.',
})
export class PeacePlanReport {
  @Field()
  name!: string;

  @Field(() => PlanStatusEnum, { description: 'Its status as the plan was defined.' })
  status!: string;

  @Field(() => [PlanStatusReport], {
    description:
      'Its status over time as statements reported it, oldest first (retracted and superseded statements left out).',
  })
  statusHistory!: PlanStatusReport[];

  @Field(() => [String], { description: 'Consultation partners described in words only.' })
  partnerDescriptions!: string[];

  @Field(() => [ActorStances], { description: 'Every actor that took a stance on it.' })
  stances!: ActorStances[];

  positionId!: string;
  proposedBy!: string[];
  principles!: string[];
  partners!: string[];
}

@InputType({ description: 'How much a position counts in a weighted S score.' })
export class PositionWeight {
  @Field(() => ID)
  position!: string;

  @Field(() => Float, { description: '≥ 0; positions not listed weigh 1.' })
  weight!: number;
}
