/**
 * The article cut where the evidence spans of the drafted items begin and end, so that the page
 * can mark each piece with the items that cover it (a stance's cue lies inside its quote). Pure.
 */

export interface EvidenceSpan {
  key: string;
  start: number;
  end: number;
}

export interface TextPiece {
  start: number;
  end: number;
  /** The items whose spans cover the piece, widest first (a quote before the cue inside it). */
  keys: string[];
}

/** The pieces of `length` characters of text, in order, covering it whole. */
export function textPieces(length: number, spans: readonly EvidenceSpan[]): TextPiece[] {
  const inside = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
  const cuts = [...new Set([0, length, ...inside.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: TextPiece[] = [];
  for (let n = 0; n + 1 < cuts.length; n += 1) {
    const start = cuts[n]!;
    const end = cuts[n + 1]!;
    const keys = inside
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
      .map((s) => s.key);
    pieces.push({ start, end, keys });
  }
  return pieces;
}
