import { GraphQLDate } from 'graphql-scalars';
import { Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { PEACE_PLANS, peacePlans } from '../../comparison';
import type {
  ActorTimeline,
  PeacePlanReport as PlanResult,
  PeacePlansInput,
} from '../../comparison';
import type { PlanStatus } from '../../model/vocabulary';
import type { ApiContext } from '../context';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Position, Quote, Statement } from '../types/entities';
import { PlanStatusEnum } from '../types/enums';
import { argsOf } from './args';
import { DayStance } from './day-stance.type';
import { readerOf } from './reader';

/** The service's plans are handed on as they are; nodes are read from their ids. */
@ObjectType({ simpleResolvers: true, description: "An actor's stances on a peace plan over time." })
export class ActorStances {
  @Field(() => [DayStance])
  stances!: readonly DayStance[];
}

@ObjectType({
  simpleResolvers: true,
  description: "A plan's status as one statement reported it, on the statement's date.",
})
export class PlanStatusReport {
  @Field(() => GraphQLDate)
  date!: string;

  @Field(() => PlanStatusEnum)
  status!: PlanStatus;

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
  status!: PlanStatus;

  @Field(() => [PlanStatusReport], {
    description:
      'Its status over time as statements reported it, oldest first (retracted and superseded statements left out).',
  })
  statusHistory!: readonly PlanStatusReport[];

  @Field(() => [String], { description: 'Consultation partners described in words only.' })
  partnerDescriptions!: readonly string[];

  @Field(() => [ActorStances], { description: 'Every actor that took a stance on it.' })
  stances!: readonly ActorStances[];
}

const PeacePlansArgs = argsOf('PeacePlansArgs', PEACE_PLANS.fields);

@Resolver(() => PeacePlanReport)
export class PeacePlanReportResolver {
  @Query(() => [PeacePlanReport], { description: PEACE_PLANS.doc })
  peacePlans(
    @Ctx() context: ApiContext,
    @Args(() => PeacePlansArgs) request: PeacePlansInput,
  ): Promise<PlanResult[]> {
    return peacePlans(readerOf(context), request);
  }

  @FieldResolver(() => Position)
  position(@Parent() plan: PlanResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', plan.positionId);
  }

  @FieldResolver(() => [Actor])
  proposedBy(@Parent() plan: PlanResult, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', plan.proposedBy);
  }

  @FieldResolver(() => [Position])
  principles(@Parent() plan: PlanResult, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', plan.principles);
  }

  @FieldResolver(() => [Actor], { description: 'Consultation partners named as actors.' })
  partners(@Parent() plan: PlanResult, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', plan.partners);
  }
}

@Resolver(() => PlanStatusReport)
export class PlanStatusReportResolver {
  @FieldResolver(() => Statement)
  statement(@Parent() report: PlanStatusReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', report.statementId);
  }

  @FieldResolver(() => Quote, { description: 'The words that report it.' })
  quote(@Parent() report: PlanStatusReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('quote', report.quoteId);
  }
}

@Resolver(() => ActorStances)
export class ActorStancesResolver {
  @FieldResolver(() => Actor)
  actor(@Parent() t: ActorTimeline, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', t.actorId);
  }
}
