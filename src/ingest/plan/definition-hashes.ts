import { asSet, asSetOf, hashes } from './content-hash';
import type { ContentHashes } from './content-hash';
import type { WritePlan } from './write-plan';

/**
 * The content hashes of the definitions that hold lists whose order carries no meaning, from
 * their planned rows: what ingestion compares with the graph, and what data migration 010
 * recomputes from the graph for records written before lists were hashed as sets
 * (src/migrations/data/content-hash-sets.ts). Topics, sources, position types and the
 * documents made from a url hold no such list: their hash is contentHash(row) in both forms.
 */

type Row<K extends keyof WritePlan> = Omit<WritePlan[K][number], 'contentHash'>;
export type ActorRow = Row<'actors'>;
export type RoleRow = WritePlan['roles'][number];
export type PlaceRow = Row<'places'>;
export type EventRow = Row<'events'>;
export type DocumentRow = Row<'documents'>;
export type PositionRow = Row<'positions'>;

/** An actor with the roles it holds (one record in the format). */
export function actorHashes(row: ActorRow, roles: RoleRow[]): ContentHashes {
  return hashes({ ...row, roles }, { ...row, aliases: asSet(row.aliases), roles: asSetOf(roles) });
}

export function placeHashes(row: PlaceRow): ContentHashes {
  return hashes(row, { ...row, aliases: asSet(row.aliases) });
}

export function eventHashes(row: EventRow): ContentHashes {
  return hashes(row, { ...row, places: asSet(row.places), topics: asSet(row.topics) });
}

export function documentHashes(row: DocumentRow): ContentHashes {
  return hashes(row, {
    ...row,
    republishedBy: asSet(row.republishedBy),
    framing: asSet(row.framing),
  });
}

/** Subjects are in order ("in order" in the format): they stay as given. */
export function positionHashes(row: PositionRow): ContentHashes {
  const { peacePlan: plan, redLine } = row;
  return hashes(row, {
    ...row,
    peacePlan: plan && {
      ...plan,
      proposedBy: asSet(plan.proposedBy),
      principles: asSet(plan.principles),
      partners: asSet(plan.partners),
      partnerDescriptions: asSet(plan.partnerDescriptions),
    },
    redLine: redLine && { ...redLine, declaredBy: asSet(redLine.declaredBy) },
  });
}
