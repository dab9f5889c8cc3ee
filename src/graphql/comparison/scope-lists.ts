import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { ApiContext } from '../context';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Position } from '../types/entities';

/** The actors and positions a matrix or agreement report was computed over, by id. */
interface ScopeIds {
  readonly actors: readonly string[];
  readonly positions: readonly string[];
}

/**
 * `actors` and `positions` of a report over a scope (PositionMatrix, AgreementReport): the
 * resolvers of those types extend the class made here for their type. type-graphql copies its
 * field resolvers to the subclass, and leaves the class itself out, as no list names it.
 */
export function scopeListsOf(type: ClassType) {
  @Resolver(() => type)
  abstract class ScopeListsResolver {
    @FieldResolver(() => [Actor], { description: 'In the order asked for.' })
    actors(@Parent() scope: ScopeIds, @Ctx() context: ApiContext) {
      return context.loaders.entities('actor', scope.actors);
    }

    @FieldResolver(() => [Position], {
      description: 'In the order named; sorted by id when given by type or topic.',
    })
    positions(@Parent() scope: ScopeIds, @Ctx() context: ApiContext) {
      return context.loaders.entities('position', scope.positions);
    }
  }
  return ScopeListsResolver;
}
