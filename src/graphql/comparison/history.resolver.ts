import { Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import { POSITION_HISTORY, positionHistory } from '../../comparison';
import type { HistoryInput, PositionHistory as HistoryResult } from '../../comparison';
import type { Modality } from '../../model/vocabulary';
import type { ApiContext } from '../context';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Position } from '../types/entities';
import { ModalityEnum } from '../types/enums';
import { argsOf } from './args';
import { DayStance } from './day-stance.type';
import { readerOf } from './reader';

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

/** The service's history is handed on as it is; `actor` and `position` are read from its ids. */
@ObjectType({
  simpleResolvers: true,
  description: "An actor's stances on one position, oldest first, shifts marked.",
})
export class PositionHistory {
  @Field(() => [DayStance])
  stances!: readonly DayStance[];

  @Field(() => [Shift])
  shifts!: readonly Shift[];

  @Field(() => [ModalityEnum])
  modalities!: readonly Modality[];
}

const HistoryArgs = argsOf('PositionHistoryArgs', POSITION_HISTORY.fields);

@Resolver(() => PositionHistory)
export class PositionHistoryResolver {
  @Query(() => PositionHistory, { description: POSITION_HISTORY.doc })
  positionHistory(
    @Ctx() context: ApiContext,
    @Args(() => HistoryArgs) request: HistoryInput,
  ): Promise<HistoryResult> {
    return positionHistory(readerOf(context), request);
  }

  @FieldResolver(() => Actor)
  actor(@Parent() history: HistoryResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', history.actor);
  }

  @FieldResolver(() => Position)
  position(@Parent() history: HistoryResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', history.position);
  }
}
