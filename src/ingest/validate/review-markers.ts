/**
 * The review marker `diplograph draft` puts on every item it drafts (src/draft/review.ts): a
 * `review` key. A file that still holds one is an unreviewed draft: refused, every marker
 * named, so that nothing a person has not read enters the graph.
 */
export const REVIEW_KEY = 'review';

type Path = (string | number)[];

/** The paths of the `review` keys left in a parsed document, in document order. */
export function reviewMarkers(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => reviewMarkers(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const found: Path[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key === REVIEW_KEY) found.push([...path, key]);
    else found.push(...reviewMarkers(inner, [...path, key]));
  }
  return found;
}

/** The document without its markers, so that its other problems are reported with them. */
export function withoutReviewMarkers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReviewMarkers);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== REVIEW_KEY)
      .map(([key, inner]) => [key, withoutReviewMarkers(inner)]),
  );
}
