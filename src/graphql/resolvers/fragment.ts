/**
 * The part of `text` around the first word of the query found in it, that word marked « »;
 * the start of the text when no word is found as such (Lucene matched a stem or a prefix).
 */
export function fragmentAround(text: string, query: string, radius = 80): string {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !['and', 'or', 'not'].includes(w));
  const lower = text.toLowerCase();
  let at = -1;
  let word = '';
  for (const w of words) {
    const i = lower.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      word = w;
    }
  }
  if (at < 0) return text.length > radius * 2 ? `${text.slice(0, radius * 2)}…` : text;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + word.length + radius);
  return (
    (start > 0 ? '…' : '') +
    text.slice(start, at) +
    `«${text.slice(at, at + word.length)}»` +
    text.slice(at + word.length, end) +
    (end < text.length ? '…' : '')
  );
}
