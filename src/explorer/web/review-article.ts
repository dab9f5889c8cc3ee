import { h } from './dom';
import type { ReviewItem } from './review-draft';
import { textPieces } from './review-spans';

/**
 * The article with the evidence of the items still in play highlighted: each piece of text is a
 * <mark> naming the items that cover it, styled by the innermost one (a stance's cue in a quote).
 * Clicking a mark selects the innermost item; the keyboard reaches the same through each card's
 * "Show in text".
 */
export function articleText(
  text: string,
  items: readonly ReviewItem[],
  selected: string | null,
  onSelect: (key: string) => void,
): HTMLElement {
  const kindOf = new Map(items.map((item) => [item.key, item.kind]));
  const spans = items.flatMap((item) =>
    item.marker.span
      ? [{ key: item.key, start: item.marker.span[0], end: item.marker.span[1] }]
      : [],
  );
  const pieces = textPieces(text.length, spans).map((piece) => {
    const words = text.slice(piece.start, piece.end);
    if (piece.keys.length === 0) return words;
    const innermost = piece.keys[piece.keys.length - 1]!;
    const active = selected !== null && piece.keys.includes(selected);
    const mark = h(
      'mark',
      {
        class: `span-${kindOf.get(innermost) ?? 'quote'}${active ? ' active' : ''}`,
        'data-keys': piece.keys.join(' '),
        title: piece.keys.join(', '),
      },
      words,
    );
    mark.addEventListener('click', () => onSelect(innermost));
    return mark;
  });
  return h('div', { id: 'article', class: 'article', 'aria-label': 'The article' }, ...pieces);
}
