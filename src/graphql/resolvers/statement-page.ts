import type { GraphQLResolveInfo } from 'graphql';
import { cypher, turnedAround } from '../../neo4j/cypher-files';
import type { ApiContext } from '../context';
import { selectsAnyField } from '../look-ahead';
import type { Entity, StatementLinks } from '../loaders';
import { afterKey, pageSize, toPage } from '../pagination';
import type { Page } from '../types/connection';
import type { StatementFilter } from '../types/inputs';
import { isoDay } from '../values';

type LinkedNode = Record<string, unknown> & { id: string };

/** Fields below a page whose nodes the page query can bring along (see withNodes). */
const LINKED_NODE_FIELDS = ['onBehalfOf', 'speaker', 'position', 'quote'];

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
  const text = order === 'OLDEST_FIRST' ? (oldestFirst ??= turnedAround(newestFirst)) : newestFirst;
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
    // Query planning: when the request goes on to the page's actors, positions or quotes, they
    // come with the page, and the request takes one round-trip instead of two.
    withNodes: info !== undefined && selectsAnyField(info, LINKED_NODE_FIELDS),
  };
  const rows = await context.loaders.read(PAGE_QUERY, params, text);
  const statements = rows.map((r) => {
    const s = r.statement as Entity;
    const entity: Entity = { ...s, _type: 'Statement' };
    // Later fields of the same request find these without asking the graph again.
    context.loaders.node.prime(`statement:${s.id}`, entity);
    context.loaders.statementLinks.prime(s.id, r.links as StatementLinks);
    const nodes = r.nodes as Record<'actors' | 'positions' | 'quotes', LinkedNode[]> | null;
    for (const actor of nodes?.actors ?? []) context.loaders.primeNode('actor', actor);
    for (const position of nodes?.positions ?? []) context.loaders.primeNode('position', position);
    for (const quote of nodes?.quotes ?? []) context.loaders.primeNode('quote', quote);
    return entity;
  });
  return toPage(statements, size, (s) => [String(s.date), s.id]);
}
