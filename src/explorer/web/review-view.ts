import { gql } from './api';
import { byId, h, readState, showError } from './dom';
import { articleText } from './review-article';
import {
  isDropped,
  parseDraft,
  pendingItems,
  reviewedDocument,
  reviewItems,
  withEdit,
} from './review-draft';
import type { Decision, DraftDocument, ReviewItem } from './review-draft';
import { ingestError, ingestReviewed, reportText } from './review-ingest';
import { droppedList, idOf, itemList } from './review-items';

/**
 * Review: an article in (pasted, or loaded from a file), `draftStatements` drafts it, the text is
 * shown with each item's evidence highlighted beside the items, the analyst accepts, corrects or
 * drops each, and `ingestStatements` writes the accepted ones. The decisions and the item in
 * view are in the query string (`accepted`, `dropped`, `item`); the article and its draft, edits
 * included, are kept for the tab in sessionStorage, so a reload (giving an API key reloads)
 * keeps the review.
 */

const STORE = 'diplograph-review';

interface Review {
  input: string;
  /** The plain text the spans are offsets into. */
  text: string;
  draft: DraftDocument;
}

interface State extends Review {
  items: ReviewItem[];
  decisions: Map<string, Decision>;
  selected: string | null;
  types: string[];
  positions: string[];
}

const DRAFT = `query Draft($text: String!) { draftStatements(text: $text) { json text } }`;
const CHOICES = `{ positionTypes { id } positions(first: 100) { edges { node { id } } } }`;

interface Choices {
  positionTypes: { id: string }[];
  positions: { edges: { node: { id: string } }[] };
}

function stored(): Review | null {
  const json = sessionStorage.getItem(STORE);
  return json === null ? null : (JSON.parse(json) as Review);
}

function decisionsFromUrl(): Map<string, Decision> {
  const state = readState();
  const decisions = new Map<string, Decision>();
  for (const decision of ['accepted', 'dropped'] as const) {
    for (const key of (state.get(decision) ?? '').split(',').filter(Boolean)) {
      decisions.set(key, decision);
    }
  }
  return decisions;
}

/** Decisions change the URL in place (one history entry per article, not per click). */
function writeUrl(state: State): void {
  const params = new URLSearchParams();
  for (const decision of ['accepted', 'dropped'] as const) {
    const keys = [...state.decisions].filter(([, d]) => d === decision).map(([k]) => k);
    if (keys.length) params.set(decision, keys.join(','));
  }
  if (state.selected) params.set('item', state.selected);
  const search = params.toString() ? `?${params.toString()}` : '';
  history.replaceState(null, '', `${window.location.pathname}${search}`);
}

export async function reviewView(): Promise<void> {
  const textarea = h('textarea', { id: 'article-input', rows: '10', cols: '90' });
  const file = h('input', { id: 'article-file', type: 'file', accept: '.txt,.html,.htm,text/*' });
  const form = h(
    'form',
    { class: 'scope', id: 'article-form' },
    h('label', { for: 'article-input' }, 'Article (plain text or HTML)'),
    textarea,
    h('label', { for: 'article-file' }, 'or load a file '),
    file,
    h('button', { type: 'submit', id: 'draft-button' }, 'Draft'),
  );
  byId('controls').replaceChildren(form);
  file.addEventListener('change', () => {
    void file.files?.[0]?.text().then((text) => {
      textarea.value = text;
    });
  });
  const choices = gql<Choices>(CHOICES).catch(() => null);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', window.location.pathname);
    void draftArticle(textarea.value, choices);
  });
  const kept = stored();
  if (kept !== null) {
    textarea.value = kept.input;
    show(kept, await choices, decisionsFromUrl(), readState().get('item'));
  }
}

async function draftArticle(input: string, choices: Promise<Choices | null>): Promise<void> {
  const target = byId('review');
  target.replaceChildren(h('p', {}, 'Drafting…'));
  try {
    const { draftStatements } = await gql<{ draftStatements: { json: string; text: string } }>(
      DRAFT,
      { text: input },
    );
    const review = { input, text: draftStatements.text, draft: parseDraft(draftStatements.json) };
    show(review, await choices, new Map(), null);
  } catch (error) {
    showError(target, error);
  }
}

function show(
  review: Review,
  choices: Choices | null,
  decisions: Map<string, Decision>,
  selected: string | null,
): void {
  const draftPositions = review.draft.statements.flatMap((s) => s.stances.map((t) => t.position));
  const state: State = {
    ...review,
    items: reviewItems(review.draft),
    decisions,
    selected,
    types: (choices?.positionTypes ?? []).map((t) => t.id),
    positions: [
      ...new Set([...draftPositions, ...(choices?.positions.edges ?? []).map((e) => e.node.id)]),
    ],
  };
  render(state);
}

function render(state: State, focusIfGone?: string): void {
  const focused = document.activeElement?.id ?? '';
  sessionStorage.setItem(
    STORE,
    JSON.stringify({ input: state.input, text: state.text, draft: state.draft }),
  );
  writeUrl(state);
  const rerender = () => render(state);
  const actions = {
    decide: (key: string, decision: Decision | undefined) => {
      if (decision === undefined) state.decisions.delete(key);
      else state.decisions.set(key, decision);
      // A dropped card goes: the keyboard carries on at the card that was after it.
      const next = document.getElementById(idOf(key, 'item'))?.nextElementSibling;
      const nextKey = next instanceof HTMLElement ? next.dataset.key : undefined;
      render(state, nextKey ? idOf(nextKey, 'accept') : 'ingest-button');
    },
    edit: (key: string, field: string, value: string) => {
      state.draft = withEdit(state.draft, key, field, value);
      rerender();
    },
    select: (key: string) => {
      state.selected = key;
      rerender();
      document.querySelector('#article mark.active')?.scrollIntoView({ block: 'center' });
      document.getElementById(idOf(key, 'item'))?.scrollIntoView({ block: 'nearest' });
    },
  };
  const context = {
    draft: state.draft,
    decisions: state.decisions,
    selected: state.selected,
    types: state.types,
  };
  const live = state.items.filter((item) => !isDropped(state.draft, state.decisions, item.key));
  byId('review').replaceChildren(
    h(
      'div',
      { class: 'review' },
      h(
        'section',
        { 'aria-label': 'Article' },
        h('h2', {}, 'Article'),
        articleText(state.text, live, state.selected, actions.select),
      ),
      h(
        'section',
        { 'aria-label': 'Drafted items' },
        h('h2', {}, 'Draft'),
        summary(state),
        itemList(state.items, context, actions),
        droppedList(state.items, context, actions),
      ),
    ),
    ingestControls(state),
    h(
      'datalist',
      { id: 'review-positions' },
      ...state.positions.map((p) => h('option', { value: p })),
    ),
  );
  document.documentElement.dataset.drawn = 'review';
  const again = document.getElementById(focused) ?? document.getElementById(focusIfGone ?? '');
  again?.focus();
}

function summary(state: State): HTMLElement {
  const pending = pendingItems(state.draft, state.items, state.decisions);
  const accepted = [...state.decisions.values()].filter((d) => d === 'accepted').length;
  const acceptAll = h(
    'button',
    { type: 'button', id: 'accept-all' },
    `Accept the ${pending.length} remaining`,
  );
  acceptAll.addEventListener('click', () => {
    for (const item of pending) state.decisions.set(item.key, 'accepted');
    render(state);
  });
  return h(
    'p',
    { id: 'review-summary' },
    `${state.items.length} items: ${accepted} accepted, ${pending.length} to decide. `,
    pending.length > 0 && acceptAll,
  );
}

function ingestControls(state: State): HTMLElement {
  const result = h('div', { id: 'ingest-result', 'aria-live': 'polite' });
  const run = async (dryRun: boolean) => {
    result.replaceChildren(h('p', {}, dryRun ? 'Checking…' : 'Ingesting…'));
    const document = reviewedDocument(state.draft, state.decisions);
    try {
      const report = await ingestReviewed(JSON.stringify(document), dryRun);
      result.replaceChildren(
        h('p', { class: 'ok', 'data-new': String(report.statementsNew) }, reportText(report)),
      );
    } catch (error) {
      result.replaceChildren(ingestError(error));
    }
  };
  const check = h('button', { type: 'button', id: 'check-button' }, 'Check (write nothing)');
  const ingest = h('button', { type: 'button', id: 'ingest-button' }, 'Ingest accepted items');
  check.addEventListener('click', () => void run(true));
  ingest.addEventListener('click', () => void run(false));
  return h(
    'section',
    { id: 'ingest', 'aria-label': 'Ingest' },
    h('h2', {}, 'Ingest'),
    h(
      'p',
      { class: 'description' },
      'Dropped items are left out; accepted ones go in without their review marker; any item not yet decided keeps its marker, and ingest refuses it by name.',
    ),
    check,
    ' ',
    ingest,
    result,
  );
}
