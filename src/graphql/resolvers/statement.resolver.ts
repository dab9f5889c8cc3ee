import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { Parent } from './parent';
import type { ApiContext } from '../context';
import type { Entity } from '../loaders';
import { Actor } from '../types/actor';
import { StatementStatusEnum } from '../types/enums';
import { Document, Event, Quote, QuoteRef, Stance, Statement, Topic } from '../types/entities';
import { Position } from '../types/entities';
import { StatementSpeaker } from '../types/statement-speaker';
import type { SpeakerLink } from '../graphql.queries';

const links = (context: ApiContext, statement: Statement) =>
  context.loaders.statementLinks.load(statement.id);

@Resolver(() => Statement)
export class StatementResolver {
  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'Who spoke: the first of `speakers` (null when none is named).',
  })
  async speaker(@Parent() s: Statement, @Ctx() context: ApiContext) {
    const [first] = speakersInOrder((await links(context, s))?.speakers ?? []);
    return context.loaders.entity('actor', first?.id);
  }

  @FieldResolver(() => [StatementSpeaker], {
    description:
      'Who spoke, in the order the source gives them, each with the role they spoke in; several for, e.g., a joint statement of co-chairs.',
  })
  async speakers(@Parent() s: Statement, @Ctx() context: ApiContext): Promise<StatementSpeaker[]> {
    return speakersInOrder((await links(context, s))?.speakers ?? []).map(({ id, role }) => ({
      id,
      role,
    }));
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

  @FieldResolver(() => [Statement], {
    description: 'The statements this one replaces (their `supersededBy` includes this one).',
  })
  async supersedes(@Parent() s: Statement, @Ctx() context: ApiContext) {
    return context.loaders.entities('statement', (await links(context, s))?.supersedes ?? []);
  }

  @FieldResolver(() => StatementStatusEnum)
  status(@Parent() s: Statement & { status?: string | null }): string {
    return s.status ?? 'ACTIVE';
  }
}

@Resolver(() => StatementSpeaker)
export class StatementSpeakerResolver {
  @FieldResolver(() => Actor)
  actor(@Parent() speaker: StatementSpeaker, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', speaker.id);
  }
}

/** A statement's speakers in the order they were given (a lone speaker has place 0). */
function speakersInOrder(speakers: readonly SpeakerLink[]): SpeakerLink[] {
  return [...speakers].sort((a, b) => a.ord - b.ord || (a.id < b.id ? -1 : 1));
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
