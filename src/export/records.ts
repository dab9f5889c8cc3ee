import type { DateTime, LocalDateTime } from 'neo4j-driver';

/**
 * Graph rows → ingestion-format records. Pure: the output is deterministic (sorted lists,
 * absent rather than null fields), so export → ingest → export is a fixpoint.
 */

type Row = Record<string, unknown>;

/** Drops null and undefined fields; keeps empty lists, which the format defaults to anyway. */
export function compact<T extends Row>(row: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(row).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = (values: unknown): string[] =>
  [...((values as string[] | null) ?? [])].sort(byString);
const key = (...parts: unknown[]) =>
  parts.map((p) => (p as string | undefined) ?? '').join('\u0000');

/** The date as it was given: 2020-10-05, 2020-10 or 2020. */
export function dateAtPrecision(date: string, precision: unknown): string {
  if (precision === 'YEAR') return date.slice(0, 4);
  if (precision === 'MONTH') return date.slice(0, 7);
  return date;
}

export function actorRecord(row: Row): Row {
  const roles = ((row.roles as Row[]) ?? [])
    .map((r) => compact({ title: r.title, of: r.of, from: r.from, to: r.to }))
    .sort((a, b) => byString(key(a.of, a.title), key(b.of, b.title)));
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

export function eventRecord(row: Row): Row {
  return compact({
    id: row.id,
    date: dateAtPrecision(row.date as string, row.datePrecision),
    description: row.description,
    places: sorted(row.places),
    topics: sorted(row.topics),
  });
}

export function documentRecord(row: Row): Row {
  // Driver temporals print as ISO 8601: with the offset for a datetime, without for a local one.
  const time = (value: unknown) =>
    value === null || value === undefined
      ? undefined
      : (value as DateTime | LocalDateTime).toString();
  return compact({
    id: row.id,
    source: row.source,
    title: row.title,
    url: row.url,
    publishedAt: time(row.publishedAt) ?? 'unknown',
    retrievedAt: time(row.retrievedAt),
    republishedBy: sorted(row.republishedBy),
    language: row.language,
    framing: row.framing,
  });
}

export function positionRecord(row: Row): Row {
  const plan = row.peacePlan as Row | null;
  const redLine = row.redLine as Row | null;
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
            ...((plan.partnerDescriptions as string[]) ?? []).map((description) => ({
              description,
            })),
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

export function statementRecord(row: Row): Row {
  const quotes = ((row.quotes as Row[]) ?? []).sort((a, b) =>
    byString(a.ref as string, b.ref as string),
  );
  // Two refs may carry one text (one quote node); the first ref names it.
  const refOf = new Map<string, string>();
  for (const q of quotes)
    if (!refOf.has(q.id as string)) refOf.set(q.id as string, q.ref as string);
  const stances = ((row.stances as Row[]) ?? [])
    .map((s) =>
      compact({
        position: s.position,
        stance: s.stance,
        act: s.act,
        modality: s.modality,
        quote: refOf.get(s.quoteId as string),
        target: s.target,
      }),
    )
    .sort((a, b) =>
      byString(
        key(a.position, a.act, a.quote, a.stance),
        key(b.position, b.act, b.quote, b.stance),
      ),
    );
  const planStatuses = ((row.planStatuses as Row[]) ?? [])
    .map((s) => ({ plan: s.plan, status: s.status, quote: refOf.get(s.quoteId as string) }))
    .sort((a, b) => byString(key(a.plan, a.status, a.quote), key(b.plan, b.status, b.quote)));
  return compact({
    id: row.id,
    date: dateAtPrecision(row.date as string, row.datePrecision),
    kind: row.kind,
    speaker: row.speaker,
    onBehalfOf: sorted(row.onBehalfOf),
    topics: sorted(row.topics),
    summary: row.summary,
    language: row.language,
    location: row.location,
    respondsTo: sorted(row.respondsTo),
    reportedIn: sorted(row.reportedIn),
    quotes: quotes.map((q) => ({ ref: q.ref, text: q.text })),
    stances,
    // Left out when none, as statements were exported before plan statuses existed.
    planStatuses: planStatuses.length > 0 ? planStatuses : undefined,
  });
}
