import { articleHead, statementDate } from './document';
import type { ArticleHead } from './document';
import type { Directory } from './directory';
import { sentencesOf } from './sentences';
import { speechSpans } from './speech';
import { stancesOf } from './stances';
import { groupStatements, kindOf } from './statements';
import type { DraftedStatement } from './statements';
import { articleTopic } from './subjects';
import { plainText } from './text';

/** A draft before it is written out: what the pipeline found, with offsets into `text`. */
export interface Draft {
  /** The plain text every offset refers to. */
  text: string;
  head: ArticleHead;
  topic: string | undefined;
  statements: (DraftedStatement & { date: string | undefined })[];
}

/**
 * The pipeline, one module a step: plain text → head (title, outlet, dateline) → sentences →
 * speech spans with their speakers (the outlet's own voice gives none) → candidate stances from
 * the position types' cues → one statement a speaker. yaml.ts writes it in the ingestion format.
 */
export function draftText(input: string, directory: Directory): Draft {
  const plain = plainText(input);
  const { text } = plain;
  const head = articleHead(plain);
  const topic = articleTopic(text, directory);
  const body = bodyStart(text, head);
  const sentences = sentencesOf(text).filter((s) => s.start >= body);
  const spans = speechSpans(text, sentences, directory);
  const statements = groupStatements(
    spans,
    (span) => stancesOf(span, text, directory, topic),
    text,
  );
  // "Interview: …", "Briefing by …": the head says the kind when the speaker's words do not.
  const headKind = kindOf(text.slice(0, sentences[0]?.end ?? body));
  for (const statement of statements) statement.kind ??= headKind;
  return {
    text,
    head,
    topic,
    statements: statements.map((s) => ({ ...s, date: statementDate(s.firstSentence, head.date) })),
  };
}

/** Where the body begins: after the dateline, so that the title is nobody's words. */
function bodyStart(text: string, head: ArticleHead): number {
  if (!head.date) return 0;
  const lines = text.split('\n');
  let offset = 0;
  for (const line of lines.slice(0, 14)) {
    offset += line.length + 1;
    if (/\d{4}/.test(line) && line.trim().split(/\s+/).length <= 10) return offset;
  }
  return 0;
}
