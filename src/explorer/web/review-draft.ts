/**
 * The review page's model, with no DOM: the items of a draft (the ingestion document that
 * `draftStatements` returns, every item carrying a `review` marker), the analyst's decision on
 * each, and the document to ingest from them. Pure, so the unit tests run it in Node.
 */

export interface ReviewMarker {
  check: string;
  confidence?: number;
  /** [start, end) offsets into the draft's plain text. */
  span?: [number, number];
  cue?: string;
}

export type DraftRecord = Record<string, unknown> & { review?: ReviewMarker };

export interface DraftStatement extends DraftRecord {
  quotes: (DraftRecord & { ref: string; text: string })[];
  stances: (DraftRecord & { position: string; stance: string; quote: string })[];
}

export interface DraftDocument {
  format: string;
  actors: DraftRecord[];
  sources: DraftRecord[];
  documents: DraftRecord[];
  positions: DraftRecord[];
  statements: DraftStatement[];
}

/** The sections that hold definitions, in the document's order; statements come after. */
export const DEFINITION_SECTIONS = ['sources', 'documents', 'actors', 'positions'] as const;
type DefinitionSection = (typeof DEFINITION_SECTIONS)[number];

export type ItemKind =
  'source' | 'document' | 'actor' | 'position' | 'statement' | 'quote' | 'stance';

export interface ReviewItem {
  /** Its path in the document, dotted: `positions.0`, `statements.1.stances.2`. */
  key: string;
  kind: ItemKind;
  /** The statement item a quote or stance belongs to. */
  parent?: string;
  marker: ReviewMarker;
}

export type Decision = 'accepted' | 'dropped';
export type Decisions = ReadonlyMap<string, Decision>;

const KIND_OF: Record<DefinitionSection, ItemKind> = {
  sources: 'source',
  documents: 'document',
  actors: 'actor',
  positions: 'position',
};

/** A draft as the API's `json` gives it, with every section present. */
export function parseDraft(json: string): DraftDocument {
  const value = JSON.parse(json) as Partial<DraftDocument>;
  return {
    format: value.format ?? 'diplograph/v1',
    actors: value.actors ?? [],
    sources: value.sources ?? [],
    documents: value.documents ?? [],
    positions: value.positions ?? [],
    statements: (value.statements ?? []).map((s) => ({
      ...s,
      quotes: s.quotes ?? [],
      stances: s.stances ?? [],
    })),
  };
}

/** Every item that carries a marker, in the document's order. */
export function reviewItems(draft: DraftDocument): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const section of DEFINITION_SECTIONS) {
    draft[section].forEach((record, i) => {
      if (record.review)
        items.push({ key: `${section}.${i}`, kind: KIND_OF[section], marker: record.review });
    });
  }
  draft.statements.forEach((statement, i) => {
    const parent = `statements.${i}`;
    if (statement.review) items.push({ key: parent, kind: 'statement', marker: statement.review });
    const own = (kind: 'quote' | 'stance', list: readonly DraftRecord[]) =>
      list.forEach((record, j) => {
        if (record.review) {
          items.push({ key: `${parent}.${kind}s.${j}`, kind, parent, marker: record.review });
        }
      });
    own('quote', statement.quotes);
    own('stance', statement.stances);
  });
  return items;
}

/** The record an item key points to. */
export function recordAt(draft: DraftDocument, key: string): DraftRecord | undefined {
  const [section, i, sub, j] = key.split('.');
  if (section === 'statements') {
    const statement = draft.statements[Number(i)];
    if (sub === undefined) return statement;
    if (sub === 'quotes') return statement?.quotes[Number(j)];
    if (sub === 'stances') return statement?.stances[Number(j)];
    return undefined;
  }
  if (DEFINITION_SECTIONS.includes(section as DefinitionSection)) {
    return draft[section as DefinitionSection][Number(i)];
  }
  return undefined;
}

/**
 * Whether an item is out of the ingest: dropped itself, its statement dropped, or (a stance) the
 * quote that carries it dropped: a stance cites its quote, so it cannot stay without it.
 */
export function isDropped(draft: DraftDocument, decisions: Decisions, key: string): boolean {
  if (decisions.get(key) === 'dropped') return true;
  const [section, i, sub, j] = key.split('.');
  if (section !== 'statements' || sub === undefined) return false;
  if (decisions.get(`statements.${i}`) === 'dropped') return true;
  if (sub !== 'stances') return false;
  const statement = draft.statements[Number(i)];
  const ref = statement?.stances[Number(j)]?.quote;
  const quote = statement?.quotes.findIndex((q) => q.ref === ref) ?? -1;
  return quote >= 0 && decisions.get(`statements.${i}.quotes.${quote}`) === 'dropped';
}

/** The record with its marker taken off when accepted (kept when not yet decided). */
function decided<T extends DraftRecord>(record: T, decision: Decision | undefined): T {
  if (decision !== 'accepted') return record;
  const rest = { ...record };
  delete rest.review;
  return rest;
}

/**
 * The document to ingest: dropped items left out, accepted items without their marker, items
 * not yet decided with theirs, so that ingest refuses them by name (UNREVIEWED_DRAFT) rather
 * than take them unread. A record without a marker (nothing to review) stays as it is.
 */
export function reviewedDocument(draft: DraftDocument, decisions: Decisions): DraftDocument {
  const keep = <T extends DraftRecord>(list: readonly T[], prefix: string): T[] =>
    list.flatMap((record, i) => {
      const key = `${prefix}.${i}`;
      return isDropped(draft, decisions, key) ? [] : [decided(record, decisions.get(key))];
    });
  const statements = draft.statements.flatMap((statement, i) => {
    const key = `statements.${i}`;
    if (isDropped(draft, decisions, key)) return [];
    return [
      {
        ...decided(statement, decisions.get(key)),
        quotes: keep(statement.quotes, `${key}.quotes`),
        stances: keep(statement.stances, `${key}.stances`),
      },
    ];
  });
  return {
    format: draft.format,
    actors: keep(draft.actors, 'actors'),
    sources: keep(draft.sources, 'sources'),
    documents: keep(draft.documents, 'documents'),
    positions: keep(draft.positions, 'positions'),
    statements,
  };
}

/** The document's records with a field set (an analyst's edit); the draft itself is unchanged. */
export function withEdit(
  draft: DraftDocument,
  key: string,
  field: string,
  value: string | undefined,
): DraftDocument {
  const copy = structuredClone(draft);
  const record = recordAt(copy, key);
  if (record === undefined) return draft;
  if (value === undefined || value === '') delete record[field];
  else record[field] = value;
  return copy;
}

/** Items that are neither accepted nor dropped (nor out with what they belong to). */
export function pendingItems(
  draft: DraftDocument,
  items: readonly ReviewItem[],
  decisions: Decisions,
): ReviewItem[] {
  return items.filter((item) => !decisions.has(item.key) && !isDropped(draft, decisions, item.key));
}
