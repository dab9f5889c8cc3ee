import nlp from 'compromise';

/** A stretch of the plain text: [start, end) character offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** The index of its paragraph (blocks of text between blank lines or line breaks). */
  paragraph: number;
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
}

/**
 * The sentences of the text, paragraph by paragraph: compromise splits each paragraph (it knows
 * abbreviations such as "Mr." and "U.S."), and its offsets are made offsets into the whole text.
 */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lines = /[^\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const base = line.index;
    const found = nlp(line[0]).sentences().json({ offset: true }) as OffsetJson[];
    for (const sentence of found) {
      const start = base + sentence.offset.start;
      const raw = text.slice(start, start + sentence.offset.length);
      const trimmed = raw.trimEnd();
      if (trimmed.trim() === '') continue;
      sentences.push({ start, end: start + trimmed.length, text: trimmed, paragraph });
    }
    paragraph += 1;
  }
  return mergeOpenQuotes(text, sentences);
}

/** Sentences compromise split inside one quotation are joined again: a quote is one span. */
function mergeOpenQuotes(text: string, sentences: Sentence[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of sentences) {
    const last = merged.at(-1);
    if (last && last.paragraph === sentence.paragraph && openQuote(last.text)) {
      last.end = sentence.end;
      last.text = text.slice(last.start, last.end);
    } else merged.push({ ...sentence });
  }
  return merged;
}

function openQuote(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const opening = (text.match(/\u201c/g) ?? []).length;
  const closing = (text.match(/\u201d/g) ?? []).length;
  return straight % 2 === 1 || opening > closing;
}
