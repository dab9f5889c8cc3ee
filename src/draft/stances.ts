import type { PositionCue } from '../model/position-cues';
import type { Act, Modality, Stance } from '../model/vocabulary';
import { actOfSentence, clauseBefore, readAround } from './acts';
import type { Directory } from './directory';
import type { Span } from './sentences';
import type { SpeechSpan } from './speech';
import { subjectsOf } from './subjects';

/** A stance the draft proposes: what the speaker's words seem to take, and why. */
export interface CandidateStance {
  type: string;
  subjects: string[];
  stance: Stance;
  act: Act;
  modality: Modality;
  /** The words of the cue, as offsets into the text. */
  evidence: Span;
  cue: string;
  confidence: number;
  /** The speech span (quote or paraphrase) that carries it. */
  span: SpeechSpan;
}

const BASE_CONFIDENCE = { direct: 0.7, paraphrase: 0.5 } as const;

function firstMatch(cue: PositionCue, text: string): RegExpExecArray | null {
  return new RegExp(cue.pattern, 'iu').exec(text);
}

/**
 * The clause before a cue. A paraphrase's reporting verb ("urged …") is outside its span, in the
 * sentence; so is a quotation's when the quote opens its clause (it rejected "any attempt …"):
 * then the words between the previous quotation and this one are read too.
 */
function wordsBefore(span: SpeechSpan, text: string, cueAt: number): string {
  if (span.kind === 'paraphrase') {
    return clauseBefore(
      text.slice(span.sentence.start, span.start + cueAt),
      span.start + cueAt - span.sentence.start,
    );
  }
  const inQuote = span.text.slice(0, cueAt);
  if (/[;.]\s|\bbut\b/.test(inQuote)) return clauseBefore(span.text, cueAt);
  const lead = text.slice(span.sentence.start, Math.max(span.sentence.start, span.start - 1));
  const fromLastQuote = lead.slice(Math.max(lead.lastIndexOf('\u201d'), lead.lastIndexOf('"')) + 1);
  const joined = `${fromLastQuote} ${inQuote}`;
  return clauseBefore(joined, joined.length);
}

/**
 * The candidate stances of one speech span: for every position type, its first cue found in the
 * words (the first cue of a type that matches wins), read with the words before it (acts.ts).
 */
export function stancesOf(
  span: SpeechSpan,
  text: string,
  directory: Directory,
  topic: string | undefined,
): CandidateStance[] {
  const found: CandidateStance[] = [];
  const sentence = text.slice(span.sentence.start, span.sentence.end);
  for (const [type, { cues, subjects: slots }] of directory.cues) {
    for (const cue of cues) {
      const m = firstMatch(cue, span.text);
      if (!m) continue;
      const evidence = { start: span.start + m.index, end: span.start + m.index + m[0].length };
      const subjects = subjectsOf(slots, {
        span,
        cueStart: evidence.start,
        cueEnd: evidence.end,
        topic,
        directory,
      });
      if (!subjects) continue;
      const before = wordsBefore(span, text, m.index);
      const after = text.slice(evidence.end, span.end).split(/\s+/).slice(0, 7).join(' ');
      const read = readAround(before, after, sentence, {
        stance: cue.stance,
        act: cue.act,
        modality: cue.modality ?? 'ASSERTED',
        opposite: cue.opposite,
      });
      const confidence = BASE_CONFIDENCE[span.kind] + (cue.act ? 0.1 : 0);
      found.push({
        type,
        subjects,
        stance: read.stance,
        act: read.act ?? actOfSentence(span.text),
        modality: read.modality,
        evidence,
        cue: m[0],
        confidence: Math.round(confidence * 100) / 100,
        span,
      });
      break;
    }
  }
  return found;
}
