import { asOfParam } from '../comparison/as-of';
import { resolvePositionTypes } from '../comparison/position-types';
import { databaseReader } from '../comparison/query-reader';
import { DiplographError, ErrorCode, isDiplographError } from '../errors';
import type { NameKind } from '../names/match';
import { resolveName, resolveNameAmong } from '../names/resolve';
import type { Database } from '../neo4j/database';
import {
  actorList,
  actorShow,
  positionList,
  positionShow,
  searchHits,
  statementShow,
  topicList,
} from './catalog.queries';
import type {
  ActorListRow,
  ActorShowRow,
  PositionListRow,
  PositionShowRow,
  SearchHitRow,
  StatementShowRow,
  TopicListRow,
} from './catalog.queries';

export interface ActorListOptions {
  kind?: string | undefined;
  name?: string | undefined;
  /** Only actors on whose behalf a statement was made. */
  spoke?: boolean | undefined;
  limit: number;
}

export function listActors(db: Database, options: ActorListOptions): Promise<ActorListRow[]> {
  return db.rows(actorList, {
    kind: options.kind ?? null,
    name: options.name ?? null,
    spoke: options.spoke ?? false,
    limit: options.limit,
  });
}

export function listTopics(
  db: Database,
  options: { name?: string | undefined; limit: number },
): Promise<TopicListRow[]> {
  return db.rows(topicList, { name: options.name ?? null, limit: options.limit });
}

export interface PositionListOptions {
  /** A position type's id or label: positions of it or of a type under it. */
  type?: string | undefined;
  /** A topic's id or name. */
  topic?: string | undefined;
  /** What the positions are about: an actor, place or topic, by id, name or alias. */
  about?: string | undefined;
  name?: string | undefined;
  limit: number;
}

export async function listPositions(
  db: Database,
  options: PositionListOptions,
): Promise<PositionListRow[]> {
  const read = databaseReader(db);
  const topic = options.topic
    ? await resolveName(read, { kind: 'topic', text: options.topic, argument: '--topic' })
    : null;
  // The API's filters resolve types so (ids or labels, descendants included).
  const types = await resolvePositionTypes(read, options.type ? [options.type] : null, '--type');
  const about = options.about
    ? (await resolveNameAmong(read, ['actor', 'place', 'topic'], options.about, '--about'))!.id
    : null;
  return db.rows(positionList, {
    types,
    topic,
    about,
    name: options.name ?? null,
    limit: options.limit,
  });
}

export function search(
  db: Database,
  text: string,
  options: { limit: number; includeRetracted: boolean; asOf?: Date | null },
): Promise<SearchHitRow[]> {
  if (text.trim().length === 0) {
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, 'search: give the words to look for', {
      details: { field: 'text' },
    });
  }
  const { limit, includeRetracted } = options;
  return db.rows(searchHits, { text, limit, includeRetracted, asOf: asOfParam(options.asOf) });
}

export type Shown =
  | { kind: 'statement'; statement: StatementShowRow }
  | { kind: 'actor'; actor: ActorShowRow }
  | { kind: 'position'; position: PositionShowRow };

/** The kinds `show` looks a name up as, in this order: an actor's name wins. */
const SHOWN_KINDS: readonly NameKind[] = ['actor', 'position'];

/**
 * A statement by its id, or an actor or a position by id, name or alias (src/names), with what
 * shows it: a statement's stances and quotes, an actor's recent statements, a position's stances.
 */
export async function show(db: Database, text: string, recent = 10): Promise<Shown> {
  const [statement] = await db.rows(statementShow, { id: text });
  if (statement) return { kind: 'statement', statement };
  let failure: DiplographError | undefined;
  for (const kind of SHOWN_KINDS) {
    const id = await resolveName(databaseReader(db), { kind, text, argument: 'show' }).catch(
      (error: unknown) => {
        if (!isDiplographError(error) || !error.code.startsWith('NAME_')) throw error;
        // An ambiguity is the most telling; otherwise the actors' suggestions.
        const ambiguous = (e: DiplographError) => e.code === ErrorCode.NAME_AMBIGUOUS;
        if (failure === undefined || (ambiguous(error) && !ambiguous(failure))) failure = error;
        return undefined;
      },
    );
    if (id === undefined) continue;
    if (kind === 'actor') {
      const [actor] = await db.rows(actorShow, { id, limit: recent });
      return { kind, actor: actor! };
    }
    const [position] = await db.rows(positionShow, { id });
    return { kind: 'position', position: position! };
  }
  if (failure!.code === ErrorCode.NAME_AMBIGUOUS) throw failure!;
  throw new DiplographError(
    ErrorCode.NAME_UNKNOWN,
    `show: no statement has the id, and no actor or position the id, name or alias "${text}"`,
    { details: failure!.details, ...(failure!.hint ? { hint: failure!.hint } : {}) },
  );
}
