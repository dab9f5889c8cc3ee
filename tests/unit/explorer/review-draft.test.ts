import {
  isDropped,
  parseDraft,
  pendingItems,
  reviewedDocument,
  reviewItems,
  withEdit,
} from '../../../src/explorer/web/review-draft';
import type { DraftDocument } from '../../../src/explorer/web/review-draft';
import { textPieces } from '../../../src/explorer/web/review-spans';
import { reviewMarkers } from '../../../src/ingest/validate/review-markers';

const check = (what: string, span?: [number, number]) => ({ review: { check: what, span } });

/** A draft as `draftStatements` gives it: two definitions, a statement with two quotes. */
const DRAFT = JSON.stringify({
  format: 'diplograph/v1',
  sources: [{ id: 'source:x', name: 'X', ...check('the outlet') }],
  positions: [{ type: 'RED_LINE', subjects: ['IRN'], label: 'Red line', ...check('new') }],
  statements: [
    {
      date: '2020-10-05',
      speaker: 'person:a',
      ...check('speaker'),
      quotes: [
        { ref: 'q1', text: 'we support it', ...check('direct quote', [10, 23]) },
        { ref: 'q2', text: 'it said so', ...check('reported speech', [30, 40]) },
      ],
      stances: [
        { position: 'CEASEFIRE:w', stance: 'SUPPORTS', quote: 'q1', ...check('s', [13, 20]) },
        { position: 'RED_LINE:IRN', stance: 'SUPPORTS', quote: 'q2', ...check('s', [33, 36]) },
      ],
    },
  ],
});

describe('the review page’s model', () => {
  const draft: DraftDocument = parseDraft(DRAFT);
  const items = reviewItems(draft);

  it('lists every marked item by its path, definitions first, then each statement’s own', () => {
    expect(items.map((i) => `${i.kind} ${i.key}`)).toEqual([
      'source sources.0',
      'position positions.0',
      'statement statements.0',
      'quote statements.0.quotes.0',
      'quote statements.0.quotes.1',
      'stance statements.0.stances.0',
      'stance statements.0.stances.1',
    ]);
    expect(draft.actors).toEqual([]);
  });

  it('takes markers off accepted items only, leaves dropped ones out, keeps the rest marked', () => {
    const decisions = new Map([
      ['sources.0', 'accepted'],
      ['statements.0', 'accepted'],
      ['statements.0.quotes.0', 'accepted'],
      ['statements.0.stances.0', 'accepted'],
      ['positions.0', 'dropped'],
    ] as const);
    const reviewed = reviewedDocument(draft, decisions);
    expect(reviewed.positions).toEqual([]);
    expect(reviewMarkers(reviewed).map((p) => p.join('.'))).toEqual([
      'statements.0.quotes.1.review',
      'statements.0.stances.1.review',
    ]);
    expect(reviewed.sources).toEqual([{ id: 'source:x', name: 'X' }]);
    // The draft itself is untouched.
    expect(reviewItems(draft)).toHaveLength(7);
  });

  it('a dropped quote takes the stances it carries; a dropped statement, everything of it', () => {
    const quote = new Map([['statements.0.quotes.1', 'dropped']] as const);
    expect(isDropped(draft, quote, 'statements.0.stances.1')).toBe(true);
    expect(isDropped(draft, quote, 'statements.0.stances.0')).toBe(false);
    const statement = reviewedDocument(draft, quote).statements[0]!;
    expect(statement.quotes.map((q) => q.ref)).toEqual(['q1']);
    expect(statement.stances.map((s) => s.quote)).toEqual(['q1']);
    const all = new Map([['statements.0', 'dropped']] as const);
    expect(reviewedDocument(draft, all).statements).toEqual([]);
    expect(pendingItems(draft, items, all).map((i) => i.key)).toEqual(['sources.0', 'positions.0']);
  });

  it('an edit changes a copy; an emptied field is left out (an act unspecified)', () => {
    const edited = withEdit(draft, 'statements.0.stances.0', 'stance', 'OPPOSES');
    expect(edited.statements[0]!.stances[0]!.stance).toBe('OPPOSES');
    expect(draft.statements[0]!.stances[0]!.stance).toBe('SUPPORTS');
    const unspecified = withEdit(edited, 'statements.0.stances.0', 'act', '');
    expect('act' in unspecified.statements[0]!.stances[0]!).toBe(false);
  });
});

describe('the article cut at the spans', () => {
  it('covers the text whole, each piece naming the spans over it, widest first', () => {
    const pieces = textPieces(50, [
      { key: 'q', start: 10, end: 23 },
      { key: 's', start: 13, end: 20 },
      { key: 'bad', start: 45, end: 60 },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 10, keys: [] },
      { start: 10, end: 13, keys: ['q'] },
      { start: 13, end: 20, keys: ['q', 's'] },
      { start: 20, end: 23, keys: ['q'] },
      { start: 23, end: 50, keys: [] },
    ]);
  });
});
