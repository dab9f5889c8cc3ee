import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver } from 'type-graphql';
import type {
  Measure,
  MissingMode,
  PairAgreement as PairResult,
  PositionComparison as ComparedPosition,
  StanceBasis,
} from '../../analysis';
import { AGREEMENT, agreement } from '../../comparison';
import type { AgreementInput, AgreementResult } from '../../comparison';
import type { ApiContext } from '../context';
import type { Entity } from '../loaders';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Position } from '../types/entities';
import { argsOf } from './args';
import { Bucket } from './bucket.type';
import { cellOf, MatrixCell } from './cell.type';
import { BasisEnum, MeasureEnum, MissingEnum } from './enums';
import { ReportOverScope } from './report.type';
import { scopedReportOf } from './scope-lists';
import type { ScopeNodes } from './reader';

@ObjectType({
  simpleResolvers: true,
  description: "One position counted in an agreement score: each actor's cell.",
})
export class PositionComparison {
  @Field(() => MatrixCell)
  a!: MatrixCell;

  @Field(() => MatrixCell)
  b!: MatrixCell;
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
  measure!: Measure;

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
}

@ObjectType({ simpleResolvers: true })
export class AgreementReport extends ReportOverScope {
  @Field(() => MeasureEnum)
  measure!: Measure;

  @Field(() => MissingEnum)
  missing!: MissingMode;

  @Field(() => Int)
  minOverlap!: number;

  @Field(() => BasisEnum)
  basis!: StanceBasis;

  @Field(() => [PairAgreement], { description: 'Every pair (in the order given) and bucket.' })
  pairs!: readonly PairAgreement[];
}

/** A pair as the query gives it: its fields, and what `comparisons` and the lists are made of. */
interface PairSource extends PairAgreement {
  readonly computed: PairResult;
  readonly nodes: ScopeNodes;
}

/** The report as the query gives it: the service's, its pairs with their nodes. */
interface ReportSource extends Omit<AgreementResult, 'pairs'> {
  readonly pairs: readonly PairSource[];
}

/** A comparison as `comparisons` gives it: the cells, and the position's id. */
interface ComparisonSource extends PositionComparison {
  readonly positionId: string;
}

function pairOf(pair: PairResult, nodes: ScopeNodes): PairSource {
  // Every field named, as in cellOf: one object shape for thousands of pairs.
  return {
    actorA: nodes.actors.get(pair.actorA),
    actorB: nodes.actors.get(pair.actorB),
    bucket: pair.bucket,
    measure: pair.measure,
    score: pair.result.value,
    n: pair.result.n,
    reason: pair.result.reason ?? null,
    computed: pair,
    nodes,
  };
}

const AgreementArgs = argsOf('AgreementArgs', AGREEMENT.fields);

@Resolver(() => AgreementReport)
export class AgreementReportResolver extends scopedReportOf({
  type: AgreementReport,
  definition: AGREEMENT,
  args: AgreementArgs,
  compute: (reader, request: AgreementInput, onScope) => agreement(reader, request, onScope),
  source: (report: AgreementResult, nodes): ReportSource => ({
    ...report,
    pairs: report.pairs.map((pair) => pairOf(pair, nodes)),
  }),
}) {}

@Resolver(() => PairAgreement)
export class PairAgreementResolver {
  @FieldResolver(() => [PositionComparison], { description: 'The evidence, per position counted.' })
  comparisons(@Parent() pair: PairSource): ComparisonSource[] {
    return pair.computed.comparisons.map((c: ComparedPosition) => ({
      positionId: c.positionId,
      a: cellOf(c.a, pair.nodes),
      b: cellOf(c.b, pair.nodes),
    }));
  }

  @FieldResolver(() => [Position], { description: 'The positions counted, sorted by id.' })
  positions(@Parent() pair: PairSource, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', pair.computed.result.positions);
  }

  @FieldResolver(() => [Position], {
    description: "Positions left out because an actor's statements of one day conflict.",
  })
  mixedPositions(@Parent() pair: PairSource, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', pair.computed.mixedPositions);
  }
}

@Resolver(() => PositionComparison)
export class PositionComparisonResolver {
  @FieldResolver(() => Position)
  position(@Parent() comparison: ComparisonSource, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', comparison.positionId);
  }
}
