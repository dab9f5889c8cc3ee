import type {
  ActorExportRow,
  DocumentExportRow,
  EventExportRow,
  PositionExportRow,
  PositionTypeExportRow,
  StatementExportRow,
} from './export.queries';
import { redLineStatusRecords } from './red-line-status-records';
import { hostSource } from '../model/url-source';

/**
 * Graph rows → ingestion-format records. Pure: the output is deterministic (sorted lists,
 * absent rather than null fields), so export → ingest → export is a fixpoint.
 */

type ExportRecord = Record<string, unknown>;

/** Drops null and undefined fields; keeps empty lists, which the format defaults to anyway. */
export function compact(row: object): ExportRecord {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (values: readonly string[]): string[] => [...values].sort(byString);
const key = (...parts: (string | null | undefined)[]) => parts.map((p) => p ?? '').join('\u0000');

/** The date as it was given: 2020-10-05, 2020-10 or 2020. */
export function dateAtPrecision(date: string, precision: string): string {
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return date.slice(0, 7);
  return date;
}

export function actorRecord(row: ActorExportRow): ExportRecord {
  const roles = [...row.roles]
    .sort((a, b) => byString(key(a.of, a.title), key(b.of, b.title)))
    .map((r) => compact({ title: r.title, of: r.of, from: r.from, to: r.to }));
  return compact({
    id: row.id,
    kind: row.kind,
    name: row.name,
    aliases: row.aliases,
    wikidataId: row.wikidataId,
    orgKind: row.orgKind,
    partOf: row.partOf,
    roles,
  });
}

export function eventRecord(row: EventExportRow): ExportRecord {
  return compact({
    id: row.id,
    date: dateAtPrecision(row.date, row.datePrecision),
    description: row.description,
    places: sorted(row.places),
    topics: sorted(row.topics),
  });
}

/** A document with a title (those made from a url alone go with their statements' urls). */
export function documentRecord(row: DocumentExportRow): ExportRecord {
  return compact({
    id: row.id,
    source: row.source,
    title: row.title,
    url: row.url,
    publishedAt: row.publishedAt ?? 'unknown',
    retrievedAt: row.retrievedAt,
    republishedBy: sorted(row.republishedBy),
    language: row.language,
    framing: row.framing,
  });
}

/** A defined position type, with the cues ingestion kept as JSON text given back as a list. */
export function positionTypeRecord(row: PositionTypeExportRow): ExportRecord {
  const { cues, ...rest } = row;
  return compact({ ...rest, cues: cues === null ? undefined : (JSON.parse(cues) as unknown) });
}

export function positionRecord(row: PositionExportRow): ExportRecord {
  const plan = row.peacePlan;
  const redLine = row.redLine;
  return compact({
    type: row.type,
    subjects: row.subjects,
    qualifier: row.qualifier,
    label: row.label,
    peacePlan: plan
      ? compact({
          name: plan.name,
          proposedBy: sorted(plan.proposedBy),
          status: plan.status,
          principles: sorted(plan.principles),
          consultationPartners: [
            ...sorted(plan.partners),
            ...plan.partnerDescriptions.map((description) => ({ description })),
          ],
        })
      : null,
    redLine: redLine
      ? compact({
          declaredBy: sorted(redLine.declaredBy),
          condition: redLine.condition,
          threatenedResponse: redLine.threatenedResponse,
          triggerEvent: redLine.triggerEvent,
        })
      : null,
  });
}

/**
 * `speaker: X` for one speaker with no role (as statements were exported before speakers had
 * roles), else `speakers` in the order they were given.
 */
function speakerFields(speakers: StatementExportRow['speakers']): ExportRecord {
  const inOrder = [...speakers].sort((a, b) => a.ord - b.ord || byString(a.actor, b.actor));
  const [only, ...others] = inOrder;
  if (only === undefined) return {};
  if (others.length === 0 && only.role === null) return { speaker: only.actor };
  return { speakers: inOrder.map((sp) => compact({ actor: sp.actor, role: sp.role })) };
}

/** A url alone when its source is its host's (as ingestion derives it), else with the source. */
function urlEntries(urls: StatementExportRow['urls']): (string | ExportRecord)[] {
  return [...urls]
    .sort((a, b) => byString(a.url, b.url))
    .map((u) => (hostSource(u.url).id === u.source ? u.url : { url: u.url, source: u.source }));
}

export function statementRecord(row: StatementExportRow): ExportRecord {
  const quotes = [...row.quotes].sort((a, b) => byString(a.ref, b.ref));
  // Two refs may carry one text (one quote node); the first ref names it.
  const refOf = new Map<string, string>();
  for (const q of quotes) if (!refOf.has(q.id)) refOf.set(q.id, q.ref);
  const stances = row.stances
    .map((s) => ({
      position: s.position,
      stance: s.stance,
      act: s.act,
      modality: s.modality,
      quote: refOf.get(s.quoteId),
      target: s.target,
    }))
    .sort((a, b) =>
      byString(
        key(a.position, a.act ?? '', a.quote, a.stance),
        key(b.position, b.act ?? '', b.quote, b.stance),
      ),
    )
    .map(compact);
  const planStatuses = row.planStatuses
    .map((s) => ({ plan: s.plan, status: s.status, quote: refOf.get(s.quoteId) }))
    .sort((a, b) => byString(key(a.plan, a.status, a.quote), key(b.plan, b.status, b.quote)));
  return compact({
    id: row.id,
    date: dateAtPrecision(row.date, row.datePrecision),
    kind: row.kind,
    ...speakerFields(row.speakers),
    onBehalfOf: sorted(row.onBehalfOf),
    topics: sorted(row.topics),
    summary: row.summary,
    language: row.language,
    location: row.location,
    respondsTo: sorted(row.respondsTo),
    reportedIn: sorted(row.reportedIn),
    urls: row.urls.length > 0 ? urlEntries(row.urls) : undefined,
    quotes: quotes.map((q) => ({ ref: q.ref, text: q.text })),
    stances,
    // Left out when none, as statements were exported before plan statuses existed.
    planStatuses: planStatuses.length > 0 ? planStatuses : undefined,
    redLineStatuses: redLineStatusRecords(row, refOf),
    distinctFrom: row.distinctFrom.length > 0 ? sorted(row.distinctFrom) : undefined,
  });
}
