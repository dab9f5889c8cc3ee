import { ENTITY_KINDS } from '../entity-kinds';
import type { EntityKind } from '../entity-kinds';
import type { ChunkStatement } from './origin';
import type { References } from './references';
import { urlEntry } from '../format-sources';
import type { StatementInput } from '../format';
import { urlDocumentId, urlSourceId } from '../../model/url-source';

/** Ids by kind, and the fingerprints of the run's statements (DUPLICATE_STATEMENT). */
export type IdsToLookUp = Record<EntityKind, string[]> & { fingerprints: string[] };

/** The documents' ids whose existence or content hash in the graph matters. */
export function idsToLookUp(refs: References): IdsToLookUp {
  const ids = emptyIdSets();
  refs.forEach('actors', (a) => ids.actor.add(a.id));
  refs.forEach('topics', (t) => ids.topic.add(t.id));
  refs.forEach('places', (p) => ids.place.add(p.id));
  refs.forEach('events', (e) => ids.event.add(e.id));
  refs.forEach('sources', (s) => ids.source.add(s.id));
  refs.forEach('documents', (d) => ids.document.add(refs.documentIdOf(d)));
  refs.forEach('positions', (p) => {
    ids.position.add(refs.positionIdOf(p));
    p.subjects.forEach((s) => [ids.place, ids.topic].forEach((set) => set.add(s)));
    p.peacePlan?.principles.forEach((id) => ids.position.add(id));
    if (p.redLine?.triggerEvent) ids.event.add(p.redLine.triggerEvent);
  });
  const fingerprints = new Set<string>();
  refs.forEach('statements', (s) => {
    ids.statement.add(refs.statementIdOf(s));
    fingerprints.add(refs.fingerprintOf(s));
    s.topics.forEach((id) => ids.topic.add(id));
    s.respondsTo.forEach((id) => ids.event.add(id));
    s.reportedIn.forEach((id) => ids.document.add(id));
    urlIds(s, (kind, id) => ids[kind].add(id));
    s.stances.forEach((st) => ids.position.add(st.position));
    s.planStatuses.forEach((ps) => ids.position.add(ps.plan));
    s.redLineStatuses.forEach((rs) => ids.position.add(rs.redLine));
  });
  refs.forEach('documents', (d) =>
    [d.source, ...d.republishedBy].forEach((id) => ids.source.add(id)),
  );
  refs.forEach('events', (e) => {
    e.places.forEach((id) => ids.place.add(id));
    e.topics.forEach((id) => ids.topic.add(id));
  });
  refs.forEach('places', (p) => p.within && ids.place.add(p.within));
  return toLists(ids, fingerprints);
}

/** For a chunk of NDJSON statements: the ids not known yet from earlier lookups. */
export function statementIdsToLookUp(refs: References, chunk: ChunkStatement[]): IdsToLookUp {
  const ids = emptyIdSets();
  const add = (kind: EntityKind, id: string) => {
    if (!refs.isDefinedOrExisting(kind, id)) ids[kind].add(id);
  };
  const fingerprints = new Set<string>();
  for (const { statement: s } of chunk) {
    const id = refs.statementIdOf(s);
    fingerprints.add(refs.fingerprintOf(s));
    // A statement seen in an earlier pass knows already whether the graph holds it.
    if (!refs.wasDefined('statement', id)) ids.statement.add(id);
    s.topics.forEach((t) => add('topic', t));
    s.respondsTo.forEach((e) => add('event', e));
    s.reportedIn.forEach((d) => add('document', d));
    urlIds(s, add);
    s.stances.forEach((st) => add('position', st.position));
    s.planStatuses.forEach((ps) => add('position', ps.plan));
    s.redLineStatuses.forEach((rs) => add('position', rs.redLine));
  }
  return toLists(ids, fingerprints);
}

/** The documents a statement's urls stand for, and their sources. */
function urlIds(s: StatementInput, add: (kind: 'document' | 'source', id: string) => void): void {
  for (const written of s.urls) {
    const entry = urlEntry(written);
    add('document', urlDocumentId(entry.url));
    add('source', urlSourceId(entry));
  }
}

function emptyIdSets(): Record<EntityKind, Set<string>> {
  const sets: Partial<Record<EntityKind, Set<string>>> = {};
  for (const kind of ENTITY_KINDS) sets[kind] = new Set<string>();
  return sets as Record<EntityKind, Set<string>>;
}

function toLists(ids: Record<EntityKind, Set<string>>, fingerprints: Set<string>): IdsToLookUp {
  const lists: Partial<Record<EntityKind, string[]>> = {};
  for (const kind of ENTITY_KINDS) lists[kind] = [...ids[kind]];
  return { ...(lists as Record<EntityKind, string[]>), fingerprints: [...fingerprints] };
}
