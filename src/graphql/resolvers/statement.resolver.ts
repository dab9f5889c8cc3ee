import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { Parent } from './parent';
import type { ApiContext } from '../context';
import type { Entity } from '../loaders';
import { Actor } from '../types/actor';
import { StatementStatusEnum } from '../types/enums';
import { Document, Event, Quote, QuoteRef, Stance, Statement, Topic } from '../types/entities';
import { Position } from '../types/entities';

const links = (context: ApiContext, statement: Statement) =>
  context.loaders.statementLinks.load(statement.id);

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'Who spoke.' })
  async speaker(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', (await links(context, s))?.speaker);
  }

  @FieldResolver(() => [Actor], { description: 'On whose behalf; several for a joint statement.' })
  async onBehalfOf(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', (await links(context, s))?.onBehalfOf ?? []);
  }

  @FieldResolver(() => [Topic])
  async topics(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return context.loaders.entities('topic', (await links(context, s))?.topics ?? []);
  }

  @FieldResolver(() => [Event], { description: 'Events the statement responds to.' })
  async respondsTo(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return context.loaders.entities('event', (await links(context, s))?.respondsTo ?? []);
  }

  @FieldResolver(() => [Document], { description: 'Where it was reported.' })
  async documents(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return context.loaders.entities('document', (await links(context, s))?.documents ?? []);
  }

  @FieldResolver(() => [QuoteRef])
  async quotes(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return (await links(context, s))?.quotes ?? [];
  }

  @FieldResolver(() => [Stance])
  async stances(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return (await links(context, s))?.stances ?? [];
  }

  @FieldResolver(() => [Statement], { description: 'The statements that replace this one.' })
  async supersededBy(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return context.loaders.entities('statement', (await links(context, s))?.supersededBy ?? []);
  }

  @FieldResolver(() => StatementStatusEnum)
  status(@Parent() s: Statement & { status?: string | null }): string {
    return s.status ?? 'ACTIVE';
  }
}

@Resolver(() => Stance)
export class StanceResolver {
  @FieldResolver(() => Statement)
  statement(@Parent() stance: Stance, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', stance.statementId);
  }

  @FieldResolver(() => Position)
  position(@Parent() stance: Stance, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', stance.positionId);
  }

  @FieldResolver(() => Quote, { description: 'The words that carry the stance.' })
  quote(@Parent() stance: Stance, @Ctx() context: ApiContext) {
    return context.loaders.entity('quote', stance.quoteId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor the stance is aimed at.' })
  target(@Parent() stance: Stance, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', stance.target);
  }
}

@Resolver(() => QuoteRef)
export class QuoteRefResolver {
  @FieldResolver(() => Quote)
  quote(
    @Parent() ref: QuoteRef,
    @Ctx() context: ApiContext,
  ): Entity | null | Promise<Entity | null> {
    return context.loaders.entity('quote', ref.id);
  }
}
