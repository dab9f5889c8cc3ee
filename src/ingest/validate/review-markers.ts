/**
 * The review marker `diplograph draft` puts on every item it drafts (src/draft/review.ts): a
 * `review` key. A file that still holds one is an unreviewed draft: refused, every marker
 * named, so that nothing a person has not read enters the graph.
 */
export const REVIEW_KEY = 'review';

type Path = (string | number)[];

/**
 * The paths of the `review` keys left in a parsed document, in document order. It runs over
 * every record, so the path is one array grown and shrunk as the walk goes, copied only for a
 * marker found.
 */
export function reviewMarkers(value: unknown, path: Path = []): Path[] {
  const found: Path[] = [];
  collectMarkers(value, [...path], found);
  return found;
}

function collectMarkers(value: unknown, path: Path, found: Path[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      collectMarkers(value[i], path, found);
      path.pop();
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    path.push(key);
    if (key === REVIEW_KEY) found.push([...path]);
    else collectMarkers(record[key], path, found);
    path.pop();
  }
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
