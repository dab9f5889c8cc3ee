import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Actor } from '../types/actor';
import { Quote, RedLine, Statement } from '../types/entities';
import { RedLineStatusReport } from '../types/red-line-status';
import { Parent } from './parent';

@Resolver(() => RedLine)
export class RedLineStatusesResolver {
  @FieldResolver(() => [RedLineStatusReport], {
    description:
      'What statements reported of it (declared, restated, invoked, declared crossed), oldest first; retracted and superseded statements left out.',
  })
  async statuses(@Parent() redLine: RedLine, @Ctx() context: ApiContext) {
    return (await context.loaders.redLineStatuses.load(redLine.positionId))?.statuses ?? [];
  }
}

@Resolver(() => RedLineStatusReport)
export class RedLineStatusReportResolver {
  @FieldResolver(() => Statement)
  statement(@Parent() report: RedLineStatusReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', report.statementId);
  }

  @FieldResolver(() => Quote, { description: 'The words that carry it.' })
  quote(@Parent() report: RedLineStatusReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('quote', report.quoteId);
  }

  @FieldResolver(() => [Actor], {
    description:
      "Who declared, restated, invoked or declared it crossed: the statement's onBehalfOf unless it said otherwise.",
  })
  by(@Parent() report: RedLineStatusReport, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', report.by);
  }
}
