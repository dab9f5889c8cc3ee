import type { ContentHashes } from '../../ingest/plan/content-hash';
import {
  actorHashes,
  documentHashes,
  eventHashes,
  placeHashes,
  positionHashes,
} from '../../ingest/plan/definition-hashes';
import { legacyStatementHash, statementContentHash } from '../../ingest/plan/statement-hash';
import type { StatementContent } from '../../ingest/plan/statement-hash';
import type {
  ActorHashRow,
  DocumentHashRow,
  EventHashRow,
  PlaceHashRow,
  PositionHashRow,
  StatementHashRow,
} from '../data-migrations.queries';

/**
 * Each hashed kind's record rebuilt from what the graph holds, in the shape ingestion plans it,
 * hashed by the planner's own functions; and its lists whose order carries no meaning. A record
 * none of whose lists holds two members hashes alike in the old and the new form.
 */
export interface RecordHashes {
  hashes: ContentHashes;
  orderFreeLists: readonly (readonly unknown[])[];
}

export function actorRecordHashes(r: ActorHashRow): RecordHashes {
  const { id, kind, name, aliases, wikidataId, orgKind, partOf } = r;
  // Role rows with their keys as the planner writes them (contentHash sorts keys anyway).
  const roles = r.roles.map(({ personId, actorId, title, from, to }) => ({
    personId,
    actorId,
    title,
    from,
    to,
  }));
  const row = { id, kind, name, aliases, wikidataId, orgKind, partOf };
  return { hashes: actorHashes(row, roles), orderFreeLists: [aliases, roles] };
}

export function placeRecordHashes({ id, name, aliases, within }: PlaceHashRow): RecordHashes {
  return { hashes: placeHashes({ id, name, aliases, within }), orderFreeLists: [aliases] };
}

export function eventRecordHashes(r: EventHashRow): RecordHashes {
  const { id, date, datePrecision, description, places, topics } = r;
  const row = { id, date, datePrecision, description, places, topics };
  return { hashes: eventHashes(row), orderFreeLists: [places, topics] };
}

export function documentRecordHashes(r: DocumentHashRow): RecordHashes {
  const row = {
    id: r.id,
    source: r.source,
    title: r.title,
    url: r.url,
    publishedAt: r.publishedAt,
    publishedAtZoneKnown: r.publishedAtZoneKnown,
    retrievedAt: r.retrievedAt,
    republishedBy: r.republishedBy,
    language: r.language,
    framing: r.framing,
  };
  return { hashes: documentHashes(row), orderFreeLists: [r.republishedBy, r.framing] };
}

export function positionRecordHashes(r: PositionHashRow): RecordHashes {
  const { id, type, label, qualifier, peacePlan: plan, redLine } = r;
  const subjects = r.subjects.map((s) => ({ id: s.id, label: s.label, ord: s.ord }));
  const row = { id, type, label, qualifier, subjects, peacePlan: plan, redLine };
  const planLists = plan
    ? [plan.proposedBy, plan.principles, plan.partners, plan.partnerDescriptions]
    : [];
  return {
    hashes: positionHashes(row),
    orderFreeLists: [...planLists, redLine?.declaredBy ?? []],
  };
}

/**
 * The statement as planned: speakers in the order given, and the rows it owns with their keys
 * in sorted order (the statement hash's fast path relies on it, statement-hash.ts).
 */
export function statementContent(r: StatementHashRow): StatementContent {
  const statementId = r.id;
  return {
    id: r.id,
    date: r.date,
    datePrecision: r.datePrecision,
    kind: r.kind,
    speakers: [...r.speakers]
      .sort((a, b) => a.ord - b.ord)
      .map(({ actor, role }) => ({ actor, role })),
    onBehalfOf: r.onBehalfOf,
    topics: r.topics,
    summary: r.summary,
    language: r.language,
    location: r.location,
    respondsTo: r.respondsTo,
    reportedIn: r.reportedIn,
    distinctFrom: [...r.distinctFrom].sort(),
    quotes: r.quotes.map(({ id, ref, text }) => ({ id, ref, statementId, text })),
    stances: r.stances.map((s) => ({
      act: s.act,
      modality: s.modality,
      positionId: s.positionId,
      quoteId: s.quoteId,
      stance: s.stance,
      statementId,
      target: s.target,
    })),
    planStatuses: r.planStatuses.map(({ planId, quoteId, status }) => ({
      planId,
      quoteId,
      statementId,
      status,
    })),
    redLineStatuses: r.redLineStatuses.map(({ by, quoteId, redLineId, status }) => ({
      by,
      quoteId,
      redLineId,
      statementId,
      status,
    })),
  };
}

export function statementRecordHashes(r: StatementHashRow): RecordHashes {
  const row = statementContent(r);
  return {
    hashes: { hash: statementContentHash(row), legacy: () => legacyStatementHash(row) },
    orderFreeLists: [
      row.onBehalfOf,
      row.topics,
      row.respondsTo,
      row.reportedIn,
      row.quotes,
      row.stances,
      row.planStatuses,
      row.redLineStatuses,
    ],
  };
}
