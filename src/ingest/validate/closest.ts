import { distance } from 'fastest-levenshtein';

/** The candidates nearest to what was written, for "did you mean" in error messages. */
export function closestValues(input: string, candidates: Iterable<string>, count = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { value: string; score: number }[] = [];
  for (const value of candidates) {
    const hay = value.toLowerCase();
    // What was written may be part of a longer name ("Khatibzadeh"); the reverse ("AZE" inside
    // "Azerbaijn") says nothing.
    const score =
      needle.length >= 3 && hay.includes(needle)
        ? 0
        : distance(needle, hay) / Math.max(hay.length, needle.length, 1);
    scored.push({ value, score });
  }
  return scored
    .filter((entry) => entry.score <= 0.6)
    .sort((a, b) => a.score - b.score || a.value.localeCompare(b.value))
    .slice(0, count)
    .map((entry) => entry.value);
}
