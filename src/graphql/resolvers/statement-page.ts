import type { GraphQLResolveInfo } from 'graphql';
import { asOfParam } from '../../comparison/as-of';
import { readsFewerFromDate } from '../actor-shares';
import type { ActorShare } from '../counts.queries';
import type { ApiContext } from '../context';
import type { StatementLinksRow } from '../graphql.queries';
import type { Entity, Loaders } from '../loaders';
import { fieldNamesOfOperation } from '../look-ahead';
import { wholeNodes } from '../page-nodes';
import { afterKey, pageSize, toPage } from '../pagination';
import { positionTypeArgument } from '../position-types';
import { PAGE_LISTS, statementsPage } from '../statements-page.queries';
import type { PageList, PageOrder, PageShape, StatementsPageRow } from '../statements-page.queries';
import type { Page } from '../types/connection';
import type { StatementFilter } from '../types/inputs';
import { isoDay } from '../values';
import { statementsCount } from '../counts.queries';
import { withTotalCount } from '../total-count';
import { filterWithIds, namesChanged } from './filter-names';

/**
 * The shape of the page query a request needs: where it starts and the filters it sets. A page
 * of one actor's statements with no other filter starts from the date index when the actor's
 * share (`counts.shareOf`, asked for only then) says it reads fewer there for a page of
 * `counts.limit` (readsFewerFromDate); otherwise, or not counted yet, from the actor.
 */
export function pageShape(
  filter: StatementFilter,
  order: PageOrder,
  counts?: { shareOf: (actor: string) => ActorShare | undefined; limit: number },
): PageShape {
  const set = (value: unknown) => value !== undefined && value !== null;
  const speaker = set(filter.speaker);
  const topic = set(filter.topic);
  const stance = [filter.position, filter.positionType, filter.stance, filter.act, filter.modality];
  const shape = { actor: set(filter.actor), speaker, topic, stance: stance.some(set) };
  const alone = filter.actor && !speaker && !topic && !shape.stance ? filter.actor : undefined;
  const share = alone === undefined ? undefined : counts?.shareOf(alone);
  const actorByDate =
    share !== undefined && counts !== undefined && readsFewerFromDate(share, counts.limit);
  return { ...shape, actorByDate, order };
}

/**
 * The lists the page brings along: those whose field the operation names anywhere, not only
 * below this page, since two pages of one request reach the same statements and the links
 * primed first are the ones every field gets. Without the names (no operation to look ahead
 * into) every list comes along.
 */
export function listsAsked(named: ReadonlySet<string> | undefined): Record<string, boolean> {
  const asked = (list: PageList) =>
    named === undefined || named.has(list) || (list === 'speaker' && named.has('speakers'));
  return Object.fromEntries(PAGE_LISTS.map((list) => [list, asked(list)]));
}

/**
 * One page of statements, shared by `statements` and `Actor.statements`. The filter's actors,
 * topic and position may be names: the page is asked for with them as written (ids, the usual
 * case, cost one round-trip), and only an empty page has its names resolved and, when they were
 * names, is asked for again; an unknown name is an error, never an empty page.
 */
export async function statementPage(
  context: ApiContext,
  filter: StatementFilter | undefined,
  order: PageOrder,
  first: number | undefined,
  after: string | undefined,
  info?: GraphQLResolveInfo,
): Promise<Page<Entity>> {
  const size = pageSize(first);
  let used = filter ?? {};
  // A type stands for itself and its descendants; an unknown one is an error with suggestions.
  const types = await positionTypeArgument(context, used.positionType, 'filter.positionType');
  let rows = await pageRows(context, used, types, order, size, after, info);
  if (rows.length === 0) {
    const resolved = await filterWithIds(context, used);
    if (namesChanged(used, resolved)) {
      used = resolved;
      rows = await pageRows(context, used, types, order, size, after, info);
    }
  }
  const statements = rows.map((row) => primeFromPage(context.loaders, row));
  const page = toPage(statements, size, (s) => [String(s.date), s.id]);
  return withTotalCount(context, info, page, statementsCount, filterParams(used, types, order));
}

/** The filter's parameters, as the page query and its count take them. */
function filterParams(f: StatementFilter, positionTypes: string[] | null, order: PageOrder) {
  return {
    from: f.from ? isoDay(f.from) : '0001-01-01',
    to: f.to ? isoDay(f.to) : '9999-12-31',
    actor: f.actor ?? null,
    speaker: f.speaker ?? null,
    topic: f.topic ?? null,
    position: f.position ?? null,
    positionTypes,
    stance: f.stance ?? null,
    act: f.act ?? null,
    modality: f.modality ?? null,
    stanceFilter: pageShape(f, order).stance,
    includeRetracted: f.includeRetracted ?? false,
    asOf: asOfParam(f.asOf),
  };
}

async function pageRows(
  context: ApiContext,
  f: StatementFilter,
  positionTypes: string[] | null,
  order: PageOrder,
  size: number,
  after: string | undefined,
  info: GraphQLResolveInfo | undefined,
): Promise<StatementsPageRow[]> {
  const cursor = afterKey(after, 2);
  const named = info === undefined ? undefined : fieldNamesOfOperation(info);
  const shareOf = (actor: string) => context.actorShares.of(actor);
  const shape = pageShape(f, order, { shareOf, limit: size + 1 });
  return context.loaders.rows(statementsPage.form(shape), {
    ...filterParams(f, positionTypes, order),
    afterDate: cursor?.[0] ?? null,
    afterId: cursor?.[1] ?? null,
    limit: size + 1,
    lists: listsAsked(named),
    whole: wholeNodes(info?.schema, named),
  });
}

/**
 * Hands the loaders what a page row brings, so later fields of the same request find it without
 * asking the graph again (query planning: a page and the nodes it goes on to are one
 * round-trip). The links lack only the lists no field of the operation is named for, so no
 * field can miss them.
 */
function primeFromPage(loaders: Loaders, row: StatementsPageRow): Entity {
  const id = row.statement.id;
  const entity: Entity = { ...row.statement, _type: 'Statement' };
  loaders.node.prime(`statement:${id}`, entity);
  const links: StatementLinksRow = {
    id,
    speakers: row.speakers.map(({ id: actor, role, ord }) => ({ id: actor, role, ord })),
    onBehalfOf: row.onBehalfOf.map((actor) => actor.id),
    topics: row.topics,
    respondsTo: row.respondsTo,
    documents: row.documents,
    quotes: row.quotes.map(({ ref, id: quote, text }) => ({ ref, id: quote, text })),
    stances: row.stances.map(([positionId, quoteId, stance, act, modality, target]) => ({
      statementId: id,
      positionId,
      quoteId,
      stance,
      act,
      modality,
      target,
    })),
    supersededBy: row.supersededBy,
    supersedes: row.supersedes,
  };
  loaders.statementLinks.prime(id, links);
  for (const speaker of row.speakers) loaders.primeNode('actor', speaker.node);
  for (const actor of row.onBehalfOf) loaders.primeNode('actor', actor);
  for (const [, , , , , , position] of row.stances)
    if (position !== null) loaders.primeNode('position', position);
  for (const quote of row.quotes) if (quote.node !== null) loaders.primeNode('quote', quote.node);
  return entity;
}
