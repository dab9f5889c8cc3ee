import { Args, Ctx, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import { RED_LINES, redLines } from '../../comparison';
import type {
  RedLineReport as RedLineResult,
  RedLineRole,
  RedLinesInput,
  RedLineStatement as StatementResult,
} from '../../comparison';
import type { ApiContext } from '../context';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Event, Position, Quote, Statement } from '../types/entities';
import { enumOf } from '../types/enums';
import { RedLineStatusReport } from '../types/red-line-status';
import { argsOf } from './args';
import { readerOf } from './reader';
import { StanceFields } from './stance-fields.type';

export const RedLineRoleEnum = enumOf(
  ['DECLARES', 'RESTATES', 'INVOKES'] as const satisfies readonly RedLineRole[],
  'RedLineRole',
  "The first statement of a declaring actor declares a red line, its later ones restate it, anyone else's invoke it.",
);

/** The service's red lines are handed on as they are; nodes are read from their ids. */
@ObjectType({ simpleResolvers: true, description: 'A statement on a red line.' })
export class RedLineStatement extends StanceFields {
  @Field(() => RedLineRoleEnum)
  role!: RedLineRole;
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
  statements!: readonly RedLineStatement[];

  @Field(() => [RedLineStatusReport], {
    description: 'The statuses statements reported in the window, oldest first.',
  })
  statuses!: readonly RedLineStatusReport[];

  @Field(() => RedLineStatusReport, {
    nullable: true,
    description:
      'The last status reported up to the end of the window (maybe before it); null when none was.',
  })
  latestStatus!: RedLineStatusReport | null;
}

const RedLinesArgs = argsOf('RedLinesArgs', RED_LINES.fields);

@Resolver(() => RedLineReport)
export class RedLineReportResolver {
  @Query(() => [RedLineReport], { description: RED_LINES.doc })
  async redLines(
    @Ctx() context: ApiContext,
    @Args(() => RedLinesArgs) request: RedLinesInput,
  ): Promise<readonly RedLineResult[]> {
    return (await redLines(readerOf(context), request)).redLines;
  }

  @FieldResolver(() => Position)
  position(@Parent() r: RedLineResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', r.positionId);
  }

  @FieldResolver(() => [Actor])
  declaredBy(@Parent() r: RedLineResult, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', r.declaredBy);
  }

  @FieldResolver(() => Event, { nullable: true })
  triggerEvent(@Parent() r: RedLineResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('event', r.triggerEvent);
  }
}

@Resolver(() => RedLineStatement)
export class RedLineStatementResolver {
  @FieldResolver(() => Statement)
  statement(@Parent() s: StatementResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', s.statementId);
  }

  @FieldResolver(() => Quote)
  quote(@Parent() s: StatementResult, @Ctx() context: ApiContext) {
    return context.loaders.entity('quote', s.quoteId);
  }

  @FieldResolver(() => [Actor])
  onBehalfOf(@Parent() s: StatementResult, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', s.onBehalfOf);
  }
}
