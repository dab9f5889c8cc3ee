import { contentHashOfSorted } from '../../model/ids';
import { asSet, asSetOfSortedKeys } from './content-hash';
import type { WritePlan } from './write-plan';

/**
 * A statement's content hash, from its planned row: what ingestion compares with the graph and
 * what data migration 010 recomputes from the graph for statements written before lists were
 * hashed as sets (src/migrations/data/content-hash-sets.ts). One definition for both.
 */

type PlannedStatement = WritePlan['statements'][number];

/** What is hashed: the planned statement but its hash and fingerprint (made of its content). */
export type StatementContent = Omit<PlannedStatement, 'contentHash' | 'fingerprint'>;

/** The hash ingestion writes and compares: order-free lists as sets. */
export function statementContentHash(row: StatementContent): string {
  return statementHash(row, canonicalLists(row));
}

/** The hash graphs written before hashed lists as sets hold: every list in the order given. */
export function legacyStatementHash(row: StatementContent): string {
  return statementHash(row, row);
}

/** The lists whose order carries no meaning (see content-hash.ts). */
type OrderFreeLists = Pick<
  StatementContent,
  | 'onBehalfOf'
  | 'topics'
  | 'respondsTo'
  | 'reportedIn'
  | 'quotes'
  | 'stances'
  | 'planStatuses'
  | 'redLineStatuses'
>;

/**
 * Those lists sorted: who it speaks for, topics, events, documents, quotes, stances and plan and
 * red line statuses. Apart from the row rather than a sorted copy of it: this runs for every
 * statement of every ingest.
 */
function canonicalLists(row: StatementContent): OrderFreeLists {
  return {
    onBehalfOf: asSet(row.onBehalfOf),
    topics: asSet(row.topics),
    respondsTo: asSet(row.respondsTo),
    reportedIn: asSet(row.reportedIn),
    quotes: asSetOfSortedKeys(row.quotes),
    stances: asSetOfSortedKeys(row.stances),
    planStatuses: asSetOfSortedKeys(row.planStatuses),
    redLineStatuses: asSetOfSortedKeys(row.redLineStatuses),
  };
}

/** contentHash of the statement, its keys written in sorted order (contentHashOfSorted). */
function statementHash(row: StatementContent, lists: OrderFreeLists): string {
  return contentHashOfSorted({
    date: row.date,
    datePrecision: row.datePrecision,
    // Only when there are any: statements written before distinctFrom keep their hash.
    distinctFrom: row.distinctFrom.length ? row.distinctFrom : undefined,
    id: row.id,
    kind: row.kind,
    language: row.language,
    location: row.location,
    onBehalfOf: lists.onBehalfOf,
    // Only when there are any: statements written before plan statuses keep their hash.
    planStatuses: lists.planStatuses.length ? lists.planStatuses : undefined,
    quotes: lists.quotes,
    // Only when there are any: statements written before red line statuses keep their hash.
    redLineStatuses: lists.redLineStatuses.length ? lists.redLineStatuses : undefined,
    reportedIn: lists.reportedIn,
    respondsTo: lists.respondsTo,
    // One speaker with no role is hashed as before speakers had roles (the hash stays); the
    // others by actor, so that the order they are given in is not content.
    speaker: plainSpeaker(row.speakers),
    speakers:
      row.speakers.length === 0 || plainSpeaker(row.speakers) !== null
        ? undefined
        : [...row.speakers].sort((a, b) => (a.actor < b.actor ? -1 : 1)),
    stances: lists.stances,
    summary: row.summary,
    topics: lists.topics,
  });
}

/** The one speaker's id when the statement has one speaker and no role: the `speaker` shorthand. */
export function plainSpeaker(speakers: PlannedStatement['speakers']): string | null {
  const [only, ...others] = speakers;
  return only !== undefined && others.length === 0 && only.role === null ? only.actor : null;
}
