import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { AS_OF_DOC, asOfParam } from '../../comparison/as-of';
import type { QueryReader } from '../../comparison/query-reader';
import { DiplographError, ErrorCode } from '../../errors';
import { resolveName, resolveNameAmong } from '../../names/resolve';
import type { QueryFile } from '../../neo4j/query-file';
import type { ApiContext } from '../context';
import { actorsCount, positionsCount, searchCount, topicsCount } from '../counts.queries';
import { apiError } from '../errors';
import { NODE_KINDS, actorsPage, positionsPage, search, topicsPage } from '../graphql.queries';
import type { IdRow } from '../graphql.queries';
import type { Entity } from '../loaders';
import { afterKey, pageSize, toPage } from '../pagination';
import { Actor } from '../types/actor';
import {
  ActorConnection,
  PositionConnection,
  SearchConnection,
  StatementConnection,
  TopicConnection,
} from '../types/connection';
import type { Page } from '../types/connection';
import { SortOrderEnum } from '../types/enums';
import { Position, SearchHit, Statement } from '../types/entities';
import { ActorFilter, PositionFilter, StatementFilter } from '../types/inputs';
import { Node } from '../types/node';
import { positionTypeArgument } from '../position-types';
import { searchHits } from './search-hits';
import { statementPage } from './statement-page';
import { withTotalCount } from '../total-count';
import { readerOf } from '../comparison/reader';

/** What node(id) finds by name as well as by id. */
const NAMED_NODES = ['actor', 'position', 'topic', 'place'] as const;
/** What a position is about (PositionFilter.about). */
const ABOUT_KINDS = ['actor', 'place', 'topic'] as const;

@Resolver()
export class QueryResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any entity by its id; an actor, position, topic or place also by name or alias ("Turkey"). Null when nothing has the id or name; a name several nodes share is an error listing them.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext): Promise<Entity | null> {
    const found = await context.loaders.node.loadMany(NODE_KINDS.map((kind) => `${kind}:${id}`));
    const byId = found.find((e): e is Entity => e !== null && !(e instanceof Error));
    if (byId) return byId;
    // Relay's node(id) answers null for an id that is no node: a name that is none stays so.
    const named = await resolveNameAmong(readerOf(context), NAMED_NODES, id.trim(), 'id', true);
    return named ? context.loaders.entity(named.kind, named.id) : null;
  }

  @Query(() => Statement, { nullable: true })
  statement(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', id);
  }

  @Query(() => Actor, {
    nullable: true,
    description:
      'An actor by id (states: ISO alpha-3), name or alias; an unknown or ambiguous name is an error with suggestions.',
  })
  actor(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext) {
    return this.byIdOrName(context, 'actor', id);
  }

  @Query(() => Position, {
    nullable: true,
    description:
      'A position by id or label; an unknown or ambiguous one is an error with suggestions.',
  })
  position(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext) {
    return this.byIdOrName(context, 'position', id);
  }

  @Query(() => StatementConnection, { description: 'Statements, filtered, a page at a time.' })
  statements(
    @Ctx() context: ApiContext,
    @Arg('filter', () => StatementFilter, { nullable: true }) filter?: StatementFilter,
    @Arg('orderBy', () => SortOrderEnum, { defaultValue: 'NEWEST_FIRST' })
    orderBy: 'NEWEST_FIRST' | 'OLDEST_FIRST' = 'NEWEST_FIRST',
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Page<Entity>> {
    return statementPage(context, filter, orderBy, first, after, info);
  }

  @Query(() => ActorConnection)
  async actors(
    @Ctx() context: ApiContext,
    @Arg('filter', () => ActorFilter, { nullable: true }) filter?: ActorFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Page<Entity>> {
    const params = { kind: filter?.kind ?? null, name: filter?.name ?? null };
    const page = await this.idPage(context, 'actor', actorsPage, first, after, params);
    return withTotalCount(context, info, page, actorsCount, params);
  }

  @Query(() => PositionConnection)
  async positions(
    @Ctx() context: ApiContext,
    @Arg('filter', () => PositionFilter, { nullable: true }) filter?: PositionFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Page<Entity>> {
    const about = filter?.about?.trim();
    const params = {
      types: await positionTypeArgument(context, filter?.type, 'filter.type'),
      about: about
        ? (await resolveNameAmong(readerOf(context), ABOUT_KINDS, about, 'filter.about'))!.id
        : null,
    };
    const page = await this.idPage(context, 'position', positionsPage, first, after, params);
    return withTotalCount(context, info, page, positionsCount, params);
  }

  @Query(() => TopicConnection)
  async topics(
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Page<Entity>> {
    const page = await this.idPage(context, 'topic', topicsPage, first, after, {});
    return withTotalCount(context, info, page, topicsCount, {});
  }

  @Query(() => SearchConnection, {
    description:
      'Full-text search over quotes and statement summaries (Lucene syntax: words, "phrases", AND, OR, -not, prefix*).',
  })
  async search(
    @Arg('text') text: string,
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('includeRetracted', { defaultValue: false }) includeRetracted: boolean = false,
    @Arg('asOf', () => GraphQLDateTime, { nullable: true, description: `${AS_OF_DOC}.` })
    asOf?: Date,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Page<SearchHit>> {
    const size = pageSize(first);
    if (text.trim() === '') throw apiError('BAD_USER_INPUT', '`text` is empty');
    const filter = { text, includeRetracted, asOf: asOfParam(asOf) };
    const rows = await context.loaders
      .rows(search, { ...filter, limit: size })
      .catch((error: unknown) => {
        throw isLuceneSyntaxError(error)
          ? apiError('BAD_USER_INPUT', '`text` is not a valid Lucene query', {
              argument: 'text',
              hint: 'balance quotes and parentheses, or put a word that is an operator (AND, OR, NOT) in "quotes"',
            })
          : error;
      });
    // Ranked, not keyed: one page only (hasNextPage false); ask for more with `first`.
    const page = toPage(searchHits(rows, text), size, (_hit) => []);
    return withTotalCount(context, info, page, searchCount, filter);
  }

  /** By id (one round-trip, the usual case), else by name or alias (src/names). */
  private async byIdOrName(
    context: ApiContext,
    kind: 'actor' | 'position',
    text: string,
  ): Promise<Entity | null> {
    const found = await context.loaders.entity(kind, text);
    if (found) return found;
    const read: QueryReader = (query, params) => context.loaders.rows(query, params);
    const id = await resolveName(read, { kind, text, argument: 'id' });
    return context.loaders.entity(kind, id);
  }

  private async idPage(
    context: ApiContext,
    kind: 'actor' | 'position' | 'topic',
    query: QueryFile<IdRow>,
    first: number | undefined,
    after: string | undefined,
    params: Record<string, unknown>,
  ): Promise<Page<Entity>> {
    const size = pageSize(first);
    const cursor = afterKey(after, 1);
    const rows = await context.loaders.rows(query, {
      ...params,
      afterId: cursor?.[0] ?? null,
      limit: size + 1,
    });
    const entities = await context.loaders.entities(
      kind,
      rows.map((r) => r.id),
    );
    return toPage(entities, size, (e) => [e.id]);
  }
}

/**
 * Neo4j's full-text procedure fails as a whole (ProcedureCallFailed) when Lucene cannot parse
 * the query; the text is the caller's, so it is their mistake, not a fault. Neo4j gives no finer
 * code: the Lucene ParseException in its message tells it from other procedure failures.
 */
function isLuceneSyntaxError(error: unknown): boolean {
  if (!(error instanceof DiplographError) || error.code !== ErrorCode.DB_ERROR) return false;
  return (
    error.details.neo4jCode === 'Neo.ClientError.Procedure.ProcedureCallFailed' &&
    /queryparser|ParseException|Cannot parse|Lexical error|TokenMgrError/.test(error.message)
  );
}
