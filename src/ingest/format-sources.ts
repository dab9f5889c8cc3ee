import { z } from 'zod';
import { about, actorRef, id, name } from './format-fields';

/**
 * A statement's people and addresses as sources present them (src/ingest/format.ts's
 * statementSchema takes them up): several speakers, each with a role, and urls that are enough
 * on their own to cite a document.
 */

/** One of several people a statement is made by, with the role they spoke in. */
export const statementSpeakerSchema = z.strictObject({
  actor: actorRef.meta(
    about(
      'who spoke: an actor id, name or alias, as `speaker` takes it',
      'person:saeed-khatibzadeh',
    ),
  ),
  role: name
    .optional()
    .meta(about('the role they spoke in, in words', 'Foreign Ministry spokesman')),
});

/** A web address a document is made from: http or https, with a host (its outlet). */
const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** A url that reports a statement: alone, or with the outlet and title when the coder knows them. */
export const statementUrlSchema = z.union([
  webUrl.meta(about('the address alone', 'https://mfa.gov.ir/portal/newsview/612345')),
  z.strictObject({
    url: webUrl.describe('the address'),
    source: id
      .optional()
      .meta(about("the id of the outlet; left out, it is made from the url's host", 'source:irna')),
    title: name.optional().describe('the title as published, when known'),
  }),
]);

export type StatementSpeakerInput = z.infer<typeof statementSpeakerSchema>;
export type StatementUrlInput = z.infer<typeof statementUrlSchema>;

/** A statement's speakers: `speaker: X` is shorthand for `speakers: [{actor: X}]`. */
export function speakersOf(s: {
  speaker?: string | undefined;
  speakers?: StatementSpeakerInput[] | undefined;
}): StatementSpeakerInput[] {
  if (s.speakers !== undefined) return s.speakers;
  return s.speaker === undefined ? [] : [{ actor: s.speaker }];
}

/** A url entry as an object, whether it was written alone or with its outlet and title. */
export function urlEntry(entry: StatementUrlInput): {
  url: string;
  source?: string;
  title?: string;
} {
  return typeof entry === 'string' ? { url: entry } : entry;
}
