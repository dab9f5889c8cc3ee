import type { IngestDocument, StatementInput } from '../../ingest/format';
import { positionId } from '../../model/ids';
import type { Draft } from '../draft';
import type { Span } from '../sentences';

/** Per field: the drafted items right, out of those drafted (precision) and those coded (recall). */
export interface Tally {
  right: number;
  drafted: number;
  coded: number;
}

export const FIELDS = [
  'speaker',
  'date',
  'onBehalfOf',
  'quoteSpans',
  'positionType',
  'stance',
  'act',
  'modality',
  'perStance',
] as const;
export type Field = (typeof FIELDS)[number];
export type Scores = Record<Field, Tally>;

interface Item {
  statement: string;
  type: string;
  subjects: string;
  stance: string;
  act: string;
  modality: string;
  quote: Span;
}

const keyOf = (speaker: string | null | undefined, onBehalfOf: readonly string[]) =>
  speaker ?? `joint:${[...onBehalfOf].sort().join('+')}`;

/** Where a coded quote is in the text: verbatim, white space aside. */
export function locate(text: string, quote: string): Span {
  const at = text.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length };
  const words = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(text);
  if (!m) throw new Error(`the coded quote is not in the text: ${quote.slice(0, 60)}…`);
  return { start: m.index, end: m.index + m[0].length };
}

/** A span without the white space and punctuation at its ends, to compare quotes. */
function core(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/^[\s"“]+|[\s,.;"”]+$/g, '');
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function codedItems(text: string, coding: IngestDocument): Item[] {
  const positions = new Map(
    coding.positions.map((p) => [positionId(p.type, p.subjects, p.qualifier), p]),
  );
  return coding.statements.flatMap((s: StatementInput) => {
    const quotes = new Map(s.quotes.map((q) => [q.ref, locate(text, q.text)]));
    return s.stances.map((stance) => {
      const position = positions.get(stance.position);
      if (!position) throw new Error(`the coding does not define ${stance.position}`);
      return {
        statement: keyOf(s.speaker, s.onBehalfOf),
        type: position.type,
        subjects: [...position.subjects].sort().join('+'),
        stance: stance.stance,
        act: stance.act ?? '',
        modality: stance.modality,
        quote: quotes.get(stance.quote)!,
      };
    });
  });
}

function draftedItems(draft: Draft): Item[] {
  return draft.statements.flatMap((s) =>
    s.stances.map((stance) => ({
      statement: keyOf(s.speaker.id, s.speaker.onBehalfOf),
      type: stance.type,
      subjects: [...stance.subjects].sort().join('+'),
      stance: stance.stance,
      act: stance.act,
      modality: stance.modality,
      quote: { start: stance.span.start, end: stance.span.end },
    })),
  );
}

/** Pairs each coded item with one drafted item that `same` accepts, each used once. */
function pairs(
  coded: Item[],
  drafted: Item[],
  same: (c: Item, d: Item) => boolean,
): [Item, Item][] {
  const used = new Set<Item>();
  const found: [Item, Item][] = [];
  for (const c of coded) {
    const d = drafted.find((candidate) => !used.has(candidate) && same(c, candidate));
    if (d) {
      used.add(d);
      found.push([c, d]);
    }
  }
  return found;
}

const tally = (right: number, drafted: number, coded: number): Tally => ({ right, drafted, coded });

function statementScores(
  draft: Draft,
  coding: IngestDocument,
): Pick<Scores, 'speaker' | 'date' | 'onBehalfOf' | 'quoteSpans'> {
  const { text } = draft;
  const coded = new Map(coding.statements.map((s) => [keyOf(s.speaker, s.onBehalfOf), s]));
  const drafted = draft.statements.map((s) => ({
    key: keyOf(s.speaker.id, s.speaker.onBehalfOf),
    s,
  }));
  const both = drafted.filter((d) => coded.has(d.key));
  const behalf = (list: { key: string; states: readonly string[] }[]) =>
    new Set(list.flatMap(({ key, states }) => states.map((state) => `${key}|${state}`)));
  const codedBehalf = behalf(
    coding.statements.map((s) => ({ key: keyOf(s.speaker, s.onBehalfOf), states: s.onBehalfOf })),
  );
  const draftedBehalf = behalf(
    drafted.map((d) => ({ key: d.key, states: d.s.speaker.onBehalfOf })),
  );
  const codedQuotes = coding.statements.flatMap((s) =>
    s.quotes.map((q) => core(text, locate(text, q.text))),
  );
  const draftedQuotes = draft.statements.flatMap((s) => s.spans.map((span) => core(text, span)));
  return {
    speaker: tally(both.length, drafted.length, coded.size),
    date: tally(
      both.filter((d) => d.s.date === coded.get(d.key)!.date).length,
      drafted.length,
      coded.size,
    ),
    onBehalfOf: tally(
      [...draftedBehalf].filter((k) => codedBehalf.has(k)).length,
      draftedBehalf.size,
      codedBehalf.size,
    ),
    quoteSpans: tally(
      draftedQuotes.filter((q) => codedQuotes.includes(q)).length,
      draftedQuotes.length,
      codedQuotes.length,
    ),
  };
}

const sameStance = (c: Item, d: Item) =>
  c.statement === d.statement &&
  c.type === d.type &&
  c.subjects === d.subjects &&
  c.stance === d.stance &&
  overlaps(c.quote, d.quote);

const describeItem = (text: string, item: Item) =>
  `${item.statement} ${item.stance} ${item.type}(${item.subjects}) ${item.act}: ` +
  `"${text.slice(item.quote.start, item.quote.end).replace(/\s+/g, ' ').slice(0, 140)}"`;

/**
 * The stances the per-stance score does not pair, to see why (`npm run bench:draft -- --misses`):
 * the coded ones the draft missed and the drafted ones the coding does not have.
 */
export function unmatched(
  draft: Draft,
  coding: IngestDocument,
): { missed: string[]; extra: string[] } {
  const coded = codedItems(draft.text, coding);
  const drafted = draftedItems(draft);
  const found = pairs(coded, drafted, sameStance);
  const pairedCoded = new Set(found.map(([c]) => c));
  const pairedDrafted = new Set(found.map(([, d]) => d));
  return {
    missed: coded.filter((c) => !pairedCoded.has(c)).map((c) => describeItem(draft.text, c)),
    extra: drafted.filter((d) => !pairedDrafted.has(d)).map((d) => describeItem(draft.text, d)),
  };
}

/** The scores of one article: its draft against its hand coding. */
export function evaluate(draft: Draft, coding: IngestDocument): Scores {
  const coded = codedItems(draft.text, coding);
  const drafted = draftedItems(draft);
  const n = (k: number) => tally(k, drafted.length, coded.length);
  const byType = pairs(coded, drafted, (c, d) => c.type === d.type && overlaps(c.quote, d.quote));
  const whole = pairs(coded, drafted, sameStance);
  const agree = (field: 'stance' | 'act' | 'modality') =>
    n(byType.filter(([c, d]) => c[field] === d[field]).length);
  return {
    ...statementScores(draft, coding),
    positionType: n(byType.length),
    stance: agree('stance'),
    act: agree('act'),
    modality: agree('modality'),
    perStance: n(whole.length),
  };
}

export function sumScores(all: Scores[]): Scores {
  const total = Object.fromEntries(FIELDS.map((f) => [f, tally(0, 0, 0)])) as Scores;
  for (const scores of all) {
    for (const f of FIELDS) {
      total[f].right += scores[f].right;
      total[f].drafted += scores[f].drafted;
      total[f].coded += scores[f].coded;
    }
  }
  return total;
}

export function precision(t: Tally): number {
  return t.drafted === 0 ? 1 : t.right / t.drafted;
}
export function recall(t: Tally): number {
  return t.coded === 0 ? 1 : t.right / t.coded;
}
export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
