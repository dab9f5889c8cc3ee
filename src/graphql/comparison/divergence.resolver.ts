import { GraphQLDate } from 'graphql-scalars';
import { Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import type { Divergence as DivergenceResult } from '../../analysis';
import { DIVERGENCES, divergences } from '../../comparison';
import type { DivergenceInput } from '../../comparison';
import type { ApiContext } from '../context';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Position } from '../types/entities';
import { argsOf } from './args';
import { Evidence } from './evidence.resolver';
import { readerOf } from './reader';

/** The service's divergences are handed on as they are; actors and positions by their ids. */
type SideSource = DivergenceResult['supporter'];

@ObjectType({ simpleResolvers: true })
export class DivergenceSide {
  @Field(() => [Evidence], { description: 'From the first statement of the stance on.' })
  evidence!: readonly Evidence[];
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
}

const DivergenceArgs = argsOf('DivergencesArgs', DIVERGENCES.fields);

@Resolver(() => Divergence)
export class DivergenceResolver {
  @Query(() => [Divergence], { description: DIVERGENCES.doc })
  async divergences(
    @Ctx() context: ApiContext,
    @Args(() => DivergenceArgs) request: DivergenceInput,
  ): Promise<readonly DivergenceResult[]> {
    return (await divergences(readerOf(context), request)).divergences;
  }

  @FieldResolver(() => Position)
  position(@Parent() divergence: DivergenceResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', divergence.positionId);
  }
}

@Resolver(() => DivergenceSide)
export class DivergenceSideResolver {
  @FieldResolver(() => Actor)
  actor(@Parent() side: SideSource, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', side.actorId);
  }
}
