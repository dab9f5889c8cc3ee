import { ACTS, MODALITIES, STANCES, STATEMENT_KINDS } from '../../model/vocabulary';
import { h } from './dom';
import { isDropped, recordAt } from './review-draft';
import type { Decisions, DraftDocument, DraftRecord, ReviewItem } from './review-draft';

/**
 * The drafted items beside the article: a card an item, with what the draft found, the fields
 * an analyst may correct, and Accept / Drop. Builds elements only; review-view.ts owns the state
 * and hears the cards through `actions`.
 */

export interface ItemActions {
  decide: (key: string, decision: 'accepted' | 'dropped' | undefined) => void;
  edit: (key: string, field: string, value: string) => void;
  select: (key: string) => void;
}

export interface ItemsContext {
  draft: DraftDocument;
  decisions: Decisions;
  selected: string | null;
  /** Position type ids (the graph's), for a new position's type. */
  types: readonly string[];
}

/** An element id made from an item key (`statements.0.stances.2` → `statements-0-stances-2`). */
export const idOf = (key: string, what: string) => `${what}-${key.replace(/\./g, '-')}`;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const spoken = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/** A direct quote's marker asks whether they are the speaker's words; reported speech says so. */
export function quoteKind(item: ReviewItem): 'direct' | 'reported' {
  return item.marker.check.startsWith('direct') ? 'direct' : 'reported';
}

function heading(item: ReviewItem, record: DraftRecord): string {
  switch (item.kind) {
    case 'source':
      return `Source: ${text(record.name)} (${text(record.id)})`;
    case 'document':
      return `Document: ${text(record.title)} · ${text(record.publishedAt) || 'date unknown'}`;
    case 'actor':
      return `New actor: ${text(record.name)} (${text(record.id)})`;
    case 'position':
      return `New position: ${text(record.label)}`;
    case 'statement': {
      const behalf = Array.isArray(record.onBehalfOf) ? record.onBehalfOf.join(', ') : '';
      return `Statement: ${text(record.speaker)} · ${text(record.date)}${behalf ? ` · for ${behalf}` : ''}`;
    }
    case 'quote':
      return `Quote ${text(record.ref)} · ${quoteKind(item) === 'direct' ? 'direct quote' : 'reported speech (paraphrase)'}`;
    case 'stance':
      return `${spoken(text(record.stance))} ${text(record.position)}`;
  }
}

function select(
  id: string,
  label: string,
  options: readonly string[],
  value: string,
  onChange: (value: string) => void,
  blank?: string,
): HTMLElement {
  const control = h(
    'select',
    { id },
    blank !== undefined && h('option', { value: '' }, blank),
    ...options.map((o) =>
      h('option', o === value ? { value: o, selected: '' } : { value: o }, spoken(o)),
    ),
  );
  control.addEventListener('change', () => onChange(control.value));
  return h('label', { for: id }, `${label} `, control);
}

function input(
  id: string,
  label: string,
  value: string,
  onChange: (value: string) => void,
  list?: string,
): HTMLElement {
  const control = h('input', { id, value, size: '36', ...(list ? { list } : {}) });
  control.addEventListener('change', () => onChange(control.value));
  return h('label', { for: id }, `${label} `, control);
}

/**
 * A quote's words, which the analyst may cut to what the speaker said (a paraphrase is the
 * outlet's wording); the highlight stays on the span the draft found.
 */
function words(id: string, value: string, onChange: (value: string) => void): HTMLElement {
  const control = h('textarea', { id, rows: '3', cols: '60' });
  control.value = value;
  control.addEventListener('change', () => onChange(control.value));
  return h('label', { for: id, class: 'words' }, 'Words ', control);
}

/** The fields of an item an analyst may correct before accepting it. */
function editors(item: ReviewItem, record: DraftRecord, c: ItemsContext, a: ItemActions) {
  const edit = (field: string) => (value: string) => a.edit(item.key, field, value);
  const id = (field: string) => idOf(item.key, field);
  switch (item.kind) {
    case 'stance':
      return [
        input(
          id('position'),
          'Position',
          text(record.position),
          edit('position'),
          'review-positions',
        ),
        select(id('stance'), 'Stance', STANCES, text(record.stance), edit('stance')),
        select(id('act'), 'Act', ACTS, text(record.act), edit('act'), 'unspecified'),
        select(id('modality'), 'Modality', MODALITIES, text(record.modality), edit('modality')),
      ];
    case 'position':
      return [
        select(id('type'), 'Type', c.types, text(record.type), edit('type')),
        input(id('label'), 'Label', text(record.label), edit('label')),
      ];
    case 'statement':
      return [
        select(id('kind'), 'Kind', STATEMENT_KINDS, text(record.kind), edit('kind'), 'not given'),
        input(id('date'), 'Date', text(record.date), edit('date')),
      ];
    case 'quote':
      return [words(id('text'), text(record.text), edit('text'))];
    default:
      return [];
  }
}

function decisionButtons(item: ReviewItem, c: ItemsContext, a: ItemActions): HTMLElement {
  const accepted = c.decisions.get(item.key) === 'accepted';
  const button = (what: 'accept' | 'drop' | 'undo', label: string, onClick: () => void) => {
    const b = h('button', { type: 'button', id: idOf(item.key, what), 'data-action': what }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  return h(
    'p',
    { class: 'decision' },
    accepted
      ? button('undo', 'Accepted — undo', () => a.decide(item.key, undefined))
      : button('accept', 'Accept', () => a.decide(item.key, 'accepted')),
    button('drop', 'Drop', () => a.decide(item.key, 'dropped')),
  );
}

function card(item: ReviewItem, c: ItemsContext, a: ItemActions): HTMLElement {
  const record = recordAt(c.draft, item.key) ?? {};
  const { confidence, span, cue } = item.marker;
  const show = h(
    'button',
    { type: 'button', id: idOf(item.key, 'show'), class: 'link' },
    'Show in text',
  );
  show.addEventListener('click', () => a.select(item.key));
  const facts = [
    confidence !== undefined && `confidence ${confidence.toFixed(2)}`,
    cue !== undefined && `cue “${cue}”`,
    item.kind === 'stance' && `quote ${text(record.quote)}`,
  ].filter((f): f is string => typeof f === 'string');
  return h(
    'li',
    {
      id: idOf(item.key, 'item'),
      class: `item ${item.kind}${c.selected === item.key ? ' active' : ''}`,
      'data-key': item.key,
      'data-kind': item.kind,
      'data-decision': c.decisions.get(item.key) ?? 'pending',
    },
    h('h3', {}, heading(item, record)),
    h(
      'p',
      { class: 'meta' },
      `Check: ${item.marker.check}`,
      facts.length ? ` · ${facts.join(' · ')}` : '',
    ),
    ...editors(item, record, c, a),
    span !== undefined && show,
    decisionButtons(item, c, a),
  );
}

/** The cards of the items still in play, each statement's quotes and stances after it. */
export function itemList(
  items: readonly ReviewItem[],
  c: ItemsContext,
  a: ItemActions,
): HTMLElement {
  const shown = items.filter((item) => !isDropped(c.draft, c.decisions, item.key));
  return h('ol', { id: 'items', class: 'items' }, ...shown.map((item) => card(item, c, a)));
}

/** What was dropped (with what goes with it), each to restore. */
export function droppedList(
  items: readonly ReviewItem[],
  c: ItemsContext,
  a: ItemActions,
): HTMLElement {
  const dropped = items.filter((item) => c.decisions.get(item.key) === 'dropped');
  return h(
    'details',
    { id: 'dropped' },
    h('summary', {}, `Dropped (${dropped.length})`),
    h(
      'ul',
      {},
      ...dropped.map((item) => {
        const restore = h(
          'button',
          { type: 'button', id: idOf(item.key, 'restore'), 'data-action': 'restore' },
          'Restore',
        );
        restore.addEventListener('click', () => a.decide(item.key, undefined));
        return h(
          'li',
          { 'data-key': item.key },
          `${heading(item, recordAt(c.draft, item.key) ?? {})} `,
          restore,
        );
      }),
    ),
  );
}
