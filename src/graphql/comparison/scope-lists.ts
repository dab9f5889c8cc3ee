import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { QueryReader, ScopeListener } from '../../comparison';
import type { ApiContext } from '../context';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Position } from '../types/entities';
import { readerOf, scopeNodes } from './reader';
import type { ScopeNodes } from './reader';

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

/** A root query whose answer is a report over a scope, as `scopedReportOf` makes it. */
interface ScopedReport<Input, Result extends ScopeIds, Source> {
  readonly type: ClassType;
  /** The request's definition in src/comparison/request.ts: the query's name and docs. */
  readonly definition: { readonly query: string; readonly doc: string };
  readonly args: ClassType;
  readonly compute: (
    reader: QueryReader,
    request: Input,
    onScope: ScopeListener,
  ) => Promise<Result>;
  /** What the field resolvers of the type read: the report with its scope's nodes. */
  readonly source: (report: Result, nodes: ScopeNodes) => Source;
}

/**
 * The root query of a report over a scope (positionMatrix, agreement) and the report's `actors`
 * and `positions`: the scope's nodes are loaded once for every field that names them (reader.ts,
 * scopeNodes), while the service reads the cells.
 */
export function scopedReportOf<Input, Result extends ScopeIds, Source>(
  report: ScopedReport<Input, Result, Source>,
) {
  @Resolver(() => report.type)
  abstract class ScopedReportResolver extends scopeListsOf(report.type) {
    @Query(() => report.type, {
      name: report.definition.query,
      description: report.definition.doc,
    })
    async scopedReport(
      @Ctx() context: ApiContext,
      @Info() info: GraphQLResolveInfo,
      @Args(() => report.args) request: Input,
    ): Promise<Source> {
      let nodes: Promise<ScopeNodes> | undefined;
      const result = await report.compute(readerOf(context), request, (scope) => {
        nodes = scopeNodes(context, info, scope);
        // Awaited below; if the computation fails first, its error is the one reported.
        nodes.catch(() => undefined);
      });
      return report.source(result, await (nodes ?? scopeNodes(context, info, result)));
    }
  }
  return ScopedReportResolver;
}
