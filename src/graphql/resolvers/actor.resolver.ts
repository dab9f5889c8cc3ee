import { Arg, Ctx, FieldResolver, Info, Int, Resolver } from 'type-graphql';
import { Parent } from './parent';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context';
import { Actor, Person, Role } from '../types/actor';
import { StatementConnection } from '../types/connection';
import { SortOrderEnum } from '../types/enums';
import { StatementFilter } from '../types/inputs';
import { statementPage } from './statement-page';

@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => StatementConnection, {
    description: 'Statements on behalf of this actor (one query per actor: page actors lightly).',
  })
  statements(
    @Parent() actor: Actor,
    @Ctx() context: ApiContext,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter?: StatementFilter,
    @Arg('orderBy', () => SortOrderEnum, { defaultValue: 'NEWEST_FIRST' })
    orderBy: 'NEWEST_FIRST' | 'OLDEST_FIRST' = 'NEWEST_FIRST',
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return statementPage(context, { ...filter, actor: actor.id }, orderBy, first, after, info);
  }

  @FieldResolver(() => [String])
  aliases(@Parent() actor: Actor & { aliases?: string[] | null }): string[] {
    return actor.aliases ?? [];
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role])
  async roles(@Parent() person: Person, @Ctx() context: ApiContext) {
    return (await context.loaders.actorRoles.load(person.id))?.roles ?? [];
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Actor, { description: 'The state, organisation or authority.' })
  of(@Parent() role: Role, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', role.of);
  }
}
