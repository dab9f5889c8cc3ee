import type { Directory } from './directory';
import type { Sentence, Span } from './sentences';
import { saysSomething, speakerOf, transcriptSpeaker } from './speakers';
import type { Speaker } from './speakers';

/** Words a speaker said: verbatim between quotation marks, or reported by the outlet. */
export interface SpeechSpan extends Span {
  text: string;
  kind: 'direct' | 'paraphrase';
  speaker: Speaker;
  /** The sentence that carries it. */
  sentence: Span;
  /**
   * A paraphrase around a quoted fragment (condemned the sanctions as "illegal …"): the outlet's
   * words say what the fragment is about. Kept only for the stances its quotes do not give.
   */
  frames?: true;
}

/** Quotations shorter than this are the outlet's scare quotes ("terrorists"), not speech. */
const MIN_QUOTE_WORDS = 4;
const QUOTED = /\u201c([^\u201d]+)\u201d|"([^"]+)"/g;

function directQuotes(text: string, sentence: Sentence): Span[] {
  const spans: Span[] = [];
  const regex = new RegExp(QUOTED.source, 'g');
  for (let m = regex.exec(sentence.text); m; m = regex.exec(sentence.text)) {
    const inner = m[1] ?? m[2]!;
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const start = sentence.start + m.index + 1;
    spans.push({ start, end: start + inner.length });
  }
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

const REPORTED =
  /\b(?:said|says|told [\w ]{1,30}?|stressed|warned|added|noted|emphasi[sz]ed|insisted|declared|reiterated|stated|affirmed|urged|called for|demanded)\b(?: (?:on \w+|in a statement|at a [\w ]+?))?,? (?:that )?/i;

/** The reported clause: after the reporting verb ("said that …"), or the sentence. */
function paraphrase(sentence: Sentence): Span {
  const m = REPORTED.exec(sentence.text);
  const start = m && m.index + m[0].length < sentence.text.length - 10 ? m.index + m[0].length : 0;
  let end = sentence.text.length;
  while (end > start && /[.\s]/.test(sentence.text[end - 1]!)) end -= 1;
  return { start: sentence.start + start, end: sentence.start + end };
}

interface Reading {
  previous: Speaker | undefined;
  paragraph: number;
  /** The transcript speaker of the current paragraph ("ZAKHAROVA: …"), or a question. */
  turn: Speaker | 'question' | undefined;
}

/**
 * Every speech span of the text, each with its speaker. A sentence in the outlet's own voice
 * (no speaker, no reporting verb) gives none; a quotation opening a paragraph without saying
 * whose it is continues the speaker before; in a transcript, a line "NAME: …" is NAME's words.
 */
export function speechSpans(
  text: string,
  sentences: Sentence[],
  directory: Directory,
): SpeechSpan[] {
  const spans: SpeechSpan[] = [];
  const reading: Reading = { previous: undefined, paragraph: -1, turn: undefined };
  for (const sentence of sentences) {
    const firstOfParagraph = sentence.paragraph !== reading.paragraph;
    if (firstOfParagraph) {
      reading.paragraph = sentence.paragraph;
      const turn = transcriptSpeaker(sentence.text, directory);
      reading.turn = turn?.speaker;
      if (turn && turn.speaker !== 'question') {
        const start = sentence.start + turn.after;
        const end = paragraphEnd(sentences, sentence);
        spans.push(span(text, { start, end }, 'direct', turn.speaker, sentence));
        reading.previous = turn.speaker;
      }
    }
    if (reading.turn !== undefined) continue;
    spans.push(...sentenceSpeech(text, sentence, directory, reading, firstOfParagraph));
  }
  return spans;
}

function sentenceSpeech(
  text: string,
  sentence: Sentence,
  directory: Directory,
  reading: Reading,
  firstOfParagraph: boolean,
): SpeechSpan[] {
  const quotes = directQuotes(text, sentence);
  const named = speakerOf(sentence.text, directory, reading.previous);
  const opensWithQuote = /^["\u201c]/.test(sentence.text);
  const speaker =
    named ?? (quotes.length && opensWithQuote && firstOfParagraph ? reading.previous : undefined);
  if (!speaker) return [];
  reading.previous = speaker;
  remember(directory, speaker);
  if (quotes.length) {
    const direct = quotes.map((q) => span(text, q, 'direct', speaker, sentence));
    if (opensWithQuote || !saysSomething(sentence.text)) return direct;
    return [
      ...direct,
      { ...span(text, paraphrase(sentence), 'paraphrase', speaker, sentence), frames: true },
    ];
  }
  if (!saysSomething(sentence.text)) return [];
  return [span(text, paraphrase(sentence), 'paraphrase', speaker, sentence)];
}

function remember(directory: Directory, speaker: Speaker): void {
  const actor = speaker.proposed;
  if (!actor || directory.actors.some((a) => a.id === actor.id)) return;
  const surname = actor.kind === 'PERSON' ? actor.name.split(' ').slice(1) : [];
  directory.actors.push({
    id: actor.id,
    name: actor.name,
    aliases: surname.length ? [surname.join(' ')] : [],
    kind: actor.kind,
    state: actor.state ?? null,
    proposed: actor,
  });
}

function paragraphEnd(sentences: Sentence[], first: Sentence): number {
  let end = first.end;
  for (const s of sentences) if (s.paragraph === first.paragraph) end = Math.max(end, s.end);
  return end;
}

function span(
  text: string,
  at: Span,
  kind: SpeechSpan['kind'],
  speaker: Speaker,
  sentence: Span,
): SpeechSpan {
  return {
    start: at.start,
    end: at.end,
    text: text.slice(at.start, at.end),
    kind,
    speaker,
    sentence: { start: sentence.start, end: sentence.end },
  };
}
