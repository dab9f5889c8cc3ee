import { Arg, Ctx, FieldResolver, Int, Resolver } from 'type-graphql';
import { Parent } from './parent';
import type { ApiContext } from '../context';
import type { Entity } from '../loaders';
import { pageSize } from '../pagination';
import { Actor } from '../types/actor';
import {
  Document,
  Event,
  PeacePlan,
  Position,
  RedLine,
  Source,
  Stance,
  Subject,
} from '../types/entities';

type PositionEntity = Position & Entity;

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => [Subject], { description: 'What the position is about, in order.' })
  async subjects(@Parent() p: Position, @Ctx() context: ApiContext) {
    const subjects = (await context.loaders.positionLinks.load(p.id))?.subjects ?? [];
    const found = await Promise.all(
      subjects.map(async (s) => context.loaders.entity(s.kind, s.id)),
    );
    return found.filter((e) => e !== null);
  }

  @FieldResolver(() => PeacePlan, { nullable: true })
  peacePlan(@Parent() p: PositionEntity): PeacePlan | null {
    if (!(p.labels ?? []).includes('PeacePlan')) return null;
    return {
      name: String(p.name),
      status: String(p.status),
      partnerDescriptions: p.consultationDescriptions ?? [],
      positionId: p.id,
    };
  }

  @FieldResolver(() => RedLine, { nullable: true })
  redLine(@Parent() p: PositionEntity): RedLine | null {
    if (!(p.labels ?? []).includes('RedLine')) return null;
    return {
      condition: String(p.condition),
      ...(typeof p.threatenedResponse === 'string'
        ? { threatenedResponse: p.threatenedResponse }
        : {}),
      positionId: p.id,
    };
  }

  @FieldResolver(() => [Stance], { description: 'The latest stances taken on it, newest first.' })
  stances(
    @Parent() p: Position,
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('includeRetracted', { defaultValue: false }) includeRetracted: boolean = false,
  ) {
    return context.loaders.stancesOnPosition(pageSize(first), includeRetracted).load(p.id);
  }
}

@Resolver(() => PeacePlan)
export class PeacePlanResolver {
  @FieldResolver(() => [Actor])
  async proposedBy(@Parent() plan: PeacePlan, @Ctx() context: ApiContext) {
    const links = await context.loaders.positionLinks.load(plan.positionId);
    return context.loaders.entities('actor', links?.proposedBy ?? []);
  }

  @FieldResolver(() => [Position], { description: 'The positions the plan is made of.' })
  async principles(@Parent() plan: PeacePlan, @Ctx() context: ApiContext) {
    const links = await context.loaders.positionLinks.load(plan.positionId);
    return context.loaders.entities('position', links?.principles ?? []);
  }

  @FieldResolver(() => [Actor], { description: 'Consultation partners named as actors.' })
  async partners(@Parent() plan: PeacePlan, @Ctx() context: ApiContext) {
    const links = await context.loaders.positionLinks.load(plan.positionId);
    return context.loaders.entities('actor', links?.partners ?? []);
  }
}

@Resolver(() => RedLine)
export class RedLineResolver {
  @FieldResolver(() => [Actor])
  async declaredBy(@Parent() redLine: RedLine, @Ctx() context: ApiContext) {
    const links = await context.loaders.positionLinks.load(redLine.positionId);
    return context.loaders.entities('actor', links?.declaredBy ?? []);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'What prompted the red line.' })
  async triggerEvent(@Parent() redLine: RedLine, @Ctx() context: ApiContext) {
    const links = await context.loaders.positionLinks.load(redLine.positionId);
    return context.loaders.entity('event', links?.triggerEvent);
  }
}

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => Source, { nullable: true, description: 'The outlet that published it.' })
  async source(@Parent() d: Document, @Ctx() context: ApiContext) {
    return context.loaders.entity(
      'source',
      (await context.loaders.documentLinks.load(d.id))?.source,
    );
  }

  @FieldResolver(() => [Source])
  async republishedBy(@Parent() d: Document, @Ctx() context: ApiContext) {
    const links = await context.loaders.documentLinks.load(d.id);
    return context.loaders.entities('source', links?.republishedBy ?? []);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'ISO 8601 as the source gave it: with its offset, or without one when the zone is unknown (see publishedAtZoneKnown).',
  })
  publishedAt(@Parent() d: Document): string | null {
    return d.publishedAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'ISO 8601 with offset.' })
  retrievedAt(@Parent() d: Document): string | null {
    return d.retrievedAt ?? null;
  }
}
