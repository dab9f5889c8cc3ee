import type { StatementKind } from '../model/vocabulary';
import type { CandidateStance } from './stances';
import type { Speaker } from './speakers';
import type { SpeechSpan } from './speech';

/** One speaker's words in the article, and the stances they seem to take. */
export interface DraftedStatement {
  speaker: Speaker;
  spans: SpeechSpan[];
  stances: CandidateStance[];
  kind: StatementKind | undefined;
  /** The first sentence that names the speaker, for the statement's date and kind. */
  firstSentence: string;
}

const KINDS: [RegExp, StatementKind][] = [
  [/\bjoint (?:statement|declaration|communiqu)/i, 'JOINT_STATEMENT'],
  [/\b(?:press conference|news conference|briefing|told reporters)\b/i, 'PRESS_CONFERENCE'],
  [/\binterview\b/i, 'INTERVIEW'],
  [/\b(?:tweet\w*|posted on|wrote on (?:X|Twitter|Telegram))\b/i, 'SOCIAL_MEDIA'],
  [/\b(?:in a statement|statement (?:issued|released|published)|communiqu)/i, 'COMMUNIQUE'],
  [/\b(?:speech|address(?:ing)? (?:the|a) )/i, 'SPEECH'],
];

export function kindOf(text: string): StatementKind | undefined {
  return KINDS.find(([pattern]) => pattern.test(text))?.[1];
}

const speakerKey = (s: Speaker) => s.id ?? `joint:${s.onBehalfOf.join('+')}`;
const stanceKey = (s: CandidateStance) => `${s.type}:${s.subjects.join('+')}:${s.stance}`;

/**
 * The speech spans grouped by speaker, one statement each, with their stances. A stance a
 * paraphrase gives that a quotation of the same statement gives too is the quotation's (the
 * outlet's report repeats what the quote says); a position is drafted once per quote.
 */
export function groupStatements(
  spans: SpeechSpan[],
  stancesOfSpan: (span: SpeechSpan) => CandidateStance[],
  text: string,
): DraftedStatement[] {
  const byKey = new Map<string, DraftedStatement>();
  for (const span of spans) {
    const key = speakerKey(span.speaker);
    let statement = byKey.get(key);
    if (!statement) {
      const firstSentence = text.slice(span.sentence.start, span.sentence.end);
      statement = { speaker: span.speaker, spans: [], stances: [], kind: undefined, firstSentence };
      byKey.set(key, statement);
    }
    statement.spans.push(span);
    statement.stances.push(...stancesOfSpan(span));
  }
  for (const statement of byKey.values()) {
    const fromQuotes = new Set(
      statement.stances.filter((s) => s.span.kind === 'direct').map(stanceKey),
    );
    statement.stances = statement.stances.filter(
      (s) => s.span.kind === 'direct' || !fromQuotes.has(stanceKey(s)),
    );
    // A paraphrase framing a quote is the statement's words only for what the quotes miss.
    const carrying = new Set(statement.stances.map((s) => s.span));
    statement.spans = statement.spans.filter((s) => !s.frames || carrying.has(s));
    const sentences = statement.spans.map((s) => text.slice(s.sentence.start, s.sentence.end));
    statement.kind = kindOf([statement.firstSentence, ...sentences].join(' '));
  }
  return [...byKey.values()].filter((s) => s.spans.length > 0);
}
