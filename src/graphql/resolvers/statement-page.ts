import type { GraphQLResolveInfo } from 'graphql';
import { cypher, shaped, turnedAround } from '../../neo4j/cypher-files';
import type { ApiContext } from '../context';
import { fieldNamesOfOperation } from '../look-ahead';
import type { Entity, StanceRow, StatementLinks } from '../loaders';
import { afterKey, pageSize, toPage } from '../pagination';
import type { Page } from '../types/connection';
import type { StatementFilter } from '../types/inputs';
import { isoDay } from '../values';

type LinkedNode = Record<string, unknown> & { id: string };

/** A stance as the page query gives it: position, quote, stance, act, modality, target. */
type StanceTuple = [string, string, string, string, string, string | null];
type PageLinks = Omit<StatementLinks, 'stances'> & { stances?: StanceTuple[] };

function withStanceRows(statementId: string, links: PageLinks): StatementLinks {
  if (links.stances === undefined) return links as unknown as StatementLinks;
  const stances = links.stances.map(
    ([positionId, quoteId, stance, act, modality, target]): StanceRow => ({
      statementId,
      positionId,
      quoteId,
      stance,
      act,
      modality,
      target,
    }),
  );
  return { ...links, stances };
}

/**
 * The page query's lists, each named for the field below a page that needs it (the names of
 * its "// when" marks): the ids a statement links to and the nodes it links to.
 */
const LIST_FIELDS = [
  'speaker',
  'onBehalfOf',
  'topics',
  'respondsTo',
  'documents',
  'quotes',
  'stances',
  'supersededBy',
  'position',
  'quote',
];

const PAGE_QUERY = 'graphql/statements-page.cypher';
let oldestFirst: string | undefined;

/** One page of statements, shared by `statements` and `Actor.statements`. */
export async function statementPage(
  context: ApiContext,
  filter: StatementFilter | undefined,
  order: 'NEWEST_FIRST' | 'OLDEST_FIRST',
  first: number | undefined,
  after: string | undefined,
  info?: GraphQLResolveInfo,
): Promise<Page<Entity>> {
  const size = pageSize(first);
  const cursor = afterKey(after, 2);
  const f = filter ?? {};
  const stanceFilter = [f.position, f.positionType, f.stance, f.act, f.modality].some(
    (v) => v !== undefined && v !== null,
  );
  const newestFirst = cypher(PAGE_QUERY);
  const general =
    order === 'OLDEST_FIRST' ? (oldestFirst ??= turnedAround(newestFirst)) : newestFirst;
  // Named anywhere in the operation, not only below this page: two pages of one request reach
  // the same statements, and the links primed first are the ones every field gets. Without
  // `info` (no operation to look ahead into) every list comes along.
  const asked = info === undefined ? new Set(LIST_FIELDS) : fieldNamesOfOperation(info);
  const conditions: Record<string, boolean> = {
    actor: f.actor != null,
    'no actor': f.actor == null,
    'speaker filter': f.speaker != null,
    'topic filter': f.topic != null,
    'stance filter': stanceFilter,
  };
  const text = shaped(general, (name) => conditions[name] ?? asked.has(name));
  const params = {
    from: f.from ? isoDay(f.from) : '0001-01-01',
    to: f.to ? isoDay(f.to) : '9999-12-31',
    actor: f.actor ?? null,
    speaker: f.speaker ?? null,
    topic: f.topic ?? null,
    position: f.position ?? null,
    positionType: f.positionType ?? null,
    stance: f.stance ?? null,
    act: f.act ?? null,
    modality: f.modality ?? null,
    stanceFilter,
    includeRetracted: f.includeRetracted ?? false,
    afterDate: cursor?.[0] ?? null,
    afterId: cursor?.[1] ?? null,
    limit: size + 1,
  };
  const rows = await context.loaders.read(PAGE_QUERY, params, text);
  const statements = rows.map((r) => {
    const s = r.statement as Entity;
    const entity: Entity = { ...s, _type: 'Statement' };
    // Later fields of the same request find these without asking the graph again. The links
    // lack only the lists no field of the operation is named for, so no field can miss them.
    context.loaders.node.prime(`statement:${s.id}`, entity);
    context.loaders.statementLinks.prime(s.id, withStanceRows(s.id, r.links as PageLinks));
    // Query planning: the page brings along the nodes the request goes on to, so it takes one
    // round-trip instead of two.
    const nodes = r.nodes as Partial<
      Record<'speakers' | 'onBehalfOf' | 'positions' | 'quotes', LinkedNode[]>
    >;
    for (const actor of nodes.speakers ?? []) context.loaders.primeNode('actor', actor);
    for (const actor of nodes.onBehalfOf ?? []) context.loaders.primeNode('actor', actor);
    for (const position of nodes.positions ?? []) context.loaders.primeNode('position', position);
    for (const quote of nodes.quotes ?? []) context.loaders.primeNode('quote', quote);
    return entity;
  });
  return toPage(statements, size, (s) => [String(s.date), s.id]);
}
