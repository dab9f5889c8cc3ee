import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context';
import type { StatementLinksRow } from '../graphql.queries';
import type { Entity, Loaders } from '../loaders';
import { fieldNamesOfOperation } from '../look-ahead';
import { afterKey, pageSize, toPage } from '../pagination';
import { positionTypeArgument } from '../position-types';
import { PAGE_LISTS, statementsPage } from '../statements-page.queries';
import type { PageList, PageOrder, PageShape, StatementsPageRow } from '../statements-page.queries';
import type { Page } from '../types/connection';
import type { StatementFilter } from '../types/inputs';
import { isoDay } from '../values';

/** The shape of the page query a request needs: where it starts and the filters it sets. */
export function pageShape(filter: StatementFilter, order: PageOrder): PageShape {
  const set = (value: unknown) => value !== undefined && value !== null;
  return {
    actor: set(filter.actor),
    speaker: set(filter.speaker),
    topic: set(filter.topic),
    stance: [filter.position, filter.positionType, filter.stance, filter.act, filter.modality].some(
      set,
    ),
    order,
  };
}

/**
 * The lists the page brings along: those whose field the operation names anywhere, not only
 * below this page, since two pages of one request reach the same statements and the links
 * primed first are the ones every field gets. Without `info` (no operation to look ahead
 * into) every list comes along.
 */
export function listsAsked(info: GraphQLResolveInfo | undefined): Record<string, boolean> {
  const named = info === undefined ? undefined : fieldNamesOfOperation(info);
  const asked = (list: PageList) => named === undefined || named.has(list);
  return Object.fromEntries(PAGE_LISTS.map((list) => [list, asked(list)]));
}

/** One page of statements, shared by `statements` and `Actor.statements`. */
export async function statementPage(
  context: ApiContext,
  filter: StatementFilter | undefined,
  order: PageOrder,
  first: number | undefined,
  after: string | undefined,
  info?: GraphQLResolveInfo,
): Promise<Page<Entity>> {
  const size = pageSize(first);
  const cursor = afterKey(after, 2);
  const f = filter ?? {};
  const shape = pageShape(f, order);
  const rows = await context.loaders.rows(statementsPage.form(shape), {
    from: f.from ? isoDay(f.from) : '0001-01-01',
    to: f.to ? isoDay(f.to) : '9999-12-31',
    actor: f.actor ?? null,
    speaker: f.speaker ?? null,
    topic: f.topic ?? null,
    position: f.position ?? null,
    positionTypes: await positionTypeArgument(context, f.positionType, 'filter.positionType'),
    stance: f.stance ?? null,
    act: f.act ?? null,
    modality: f.modality ?? null,
    stanceFilter: shape.stance,
    includeRetracted: f.includeRetracted ?? false,
    afterDate: cursor?.[0] ?? null,
    afterId: cursor?.[1] ?? null,
    limit: size + 1,
    lists: listsAsked(info),
  });
  const statements = rows.map((row) => primeFromPage(context.loaders, row));
  return toPage(statements, size, (s) => [String(s.date), s.id]);
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
    speaker: row.speakerNodes[0]?.id ?? null,
    onBehalfOf: row.onBehalfOf,
    topics: row.topics,
    respondsTo: row.respondsTo,
    documents: row.documents,
    quotes: row.quotes,
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
  };
  loaders.statementLinks.prime(id, links);
  for (const actor of row.speakerNodes) loaders.primeNode('actor', actor);
  for (const actor of row.onBehalfOfNodes) loaders.primeNode('actor', actor);
  for (const position of row.positionNodes) loaders.primeNode('position', position);
  for (const quote of row.quoteNodes) loaders.primeNode('quote', quote);
  return entity;
}
