import { z } from 'zod';
import {
  ACTS,
  DEFINABLE_ACTOR_KINDS,
  MODALITIES,
  STANCES,
  STATEMENT_KINDS,
} from '../model/vocabulary';
import { parsePartialDate } from '../model/partial-date';
import { POSITION_TYPE_ID } from '../model/position-types';
import {
  peacePlanSchema,
  planStatusSchema,
  redLineSchema,
  redLineStatusSchema,
} from './format-statuses';
import { about, actorRef, id, LIMITS, list, name } from './format-fields';
import { statementSpeakerSchema, statementUrlSchema } from './format-sources';

/**
 * The ingestion format, version 1: the one definition from which validation runs and
 * schema/ingest.schema.json is generated. docs/ingest-format.md explains it with the seed as
 * the example. Its building blocks (ids, names, size limits) are in format-fields.ts; a
 * statement's speakers and urls in format-sources.ts; the plan and red line statuses it reports
 * and the plans and red lines themselves in format-statuses.ts.
 */
export { LIMITS, planStatusSchema };

export const DATE_MESSAGE = 'a real calendar date as YYYY-MM-DD, YYYY-MM or YYYY';

export const partialDate = z
  .string()
  .refine((text) => parsePartialDate(text) !== undefined, { message: DATE_MESSAGE })
  .meta({ examples: ['2020-10-05', '2020-10', '2020'] });

/**
 * A moment as the source gives it: with its offset; without one when the source gives no
 * zone (stored as a local date-time, zone unknown); or "unknown" when it gives no time at all.
 */
const timestamp = z
  .union([z.literal('unknown'), z.iso.datetime({ offset: true, local: true })])
  .meta({ examples: ['2020-10-05T11:35:00+03:30', '2020-10-05T11:35:00', 'unknown'] });

const role = z.strictObject({
  title: name.describe('the title of the role, e.g. Spokesman of the Foreign Ministry'),
  of: actorRef.meta(
    about(
      'the actor the role is held in: a state, organisation or authority',
      'org:irn-ministry-of-foreign-affairs',
      'IRN',
    ),
  ),
  from: partialDate.optional().describe('when the role began'),
  to: partialDate.optional().describe('when the role ended; left out while it lasts'),
});

export const actorSchema = z.strictObject({
  id: id.meta(
    about(
      'person:…, org:…, authority:… (states are reference data: use their ISO alpha-3 code)',
      'person:saeed-khatibzadeh',
      'org:irn-ministry-of-foreign-affairs',
    ),
  ),
  kind: z.enum(DEFINABLE_ACTOR_KINDS).describe('what the actor is (states are reference data)'),
  name: name.describe('the name shown and looked up'),
  aliases: list(name).default([]).describe('other names and spellings the actor is found by'),
  wikidataId: z
    .string()
    .regex(/^Q\d+$/, 'a Wikidata id such as Q42')
    .optional()
    .meta(about("the actor's Wikidata item", 'Q42')),
  orgKind: z
    .string()
    .max(LIMITS.name)
    .optional()
    .describe('for organisations: MINISTRY, MEDIATION_GROUP, …'),
  partOf: actorRef
    .optional()
    .meta(about('the actor this one belongs to, e.g. a ministry of a state', 'IRN')),
  roles: list(role).default([]).describe('for persons: the roles held, in states or organisations'),
});

export const topicSchema = z.strictObject({
  id: id.meta(about('a slug', 'nagorno-karabakh')),
  name: name.describe('the name shown and looked up'),
  description: z.string().max(LIMITS.summary).optional().describe('what the topic covers'),
});

export const placeSchema = z.strictObject({
  id: id.meta(about('place:…', 'place:occupied-cities')),
  name: name.describe('the name shown and looked up'),
  aliases: list(name).default([]).describe('other names the place is found by'),
  within: actorRef
    .optional()
    .meta(about('a state or place that contains this one', 'AZE', 'place:nagorno-karabakh')),
});

export const eventSchema = z.strictObject({
  id: id.meta(about('event:…', 'event:2020-10-rockets-land-in-iran')),
  date: partialDate.describe('when it happened, as precisely as known'),
  description: z.string().trim().min(1).max(LIMITS.summary).describe('what happened'),
  places: list(id).default([]).describe('ids of the places where it happened'),
  topics: list(id).default([]).describe('ids of the topics it concerns'),
});

export const sourceSchema = z.strictObject({
  id: id.meta(about('source:…', 'source:press-tv')),
  name: name.describe('the outlet or publisher, e.g. Press TV'),
  url: z.url().optional().describe("the outlet's home page"),
});

export const documentSchema = z.strictObject({
  id: id.optional().describe('derived from the url (or source and title) when absent'),
  source: id.meta(about('the id of the source that published it', 'source:press-tv')),
  title: name.describe('its title as published'),
  url: z.url().optional().describe('where it is published'),
  publishedAt: timestamp.describe(
    'when it was published, with its offset when the source gives one',
  ),
  retrievedAt: timestamp.optional().describe('when it was read for coding'),
  republishedBy: list(id).default([]).describe('ids of the sources that republished it'),
  language: z
    .string()
    .min(2)
    .max(35)
    .optional()
    .meta(about('a BCP 47 language tag', 'en', 'fa')),
  framing: list(z.string().trim().min(1).max(LIMITS.quote))
    .default([])
    .describe("the outlet's own words that are nobody's stance (background, characterisations)"),
});

const positionTypeId = z
  .string()
  .max(LIMITS.id)
  .regex(POSITION_TYPE_ID, 'an id in upper case, digits and underscores, such as MEDIATION_FORMAT');

/** A regular expression the draft can compile (case-insensitive, Unicode). */
const cuePattern = z
  .string()
  .min(1)
  .max(LIMITS.name)
  .refine((text) => compiles(text), { message: 'a regular expression that compiles' });

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
}

export const positionCueSchema = z.strictObject({
  pattern: cuePattern.meta(
    about('a regular expression (case-insensitive) for the words', 'mediation format|Minsk format'),
  ),
  stance: z.enum(STANCES).describe('the stance the words take'),
  act: z.enum(ACTS).optional().describe('the speech act the words make; else the verbs decide'),
  modality: z
    .enum(MODALITIES)
    .optional()
    .describe('CONDITIONAL for red-line words; ASSERTED when left out'),
  opposite: z
    .boolean()
    .optional()
    .describe(
      'the words name what the position is against ("partition"): alone they oppose, negated ("rejected any partition") they support',
    ),
});

export const positionTypeSchema = z.strictObject({
  id: positionTypeId.meta(about('how the ids of positions of this type begin', 'MEDIATION_FORMAT')),
  label: name.describe('the name shown and looked up'),
  description: z.string().trim().max(LIMITS.summary).optional().describe('what the type covers'),
  parent: positionTypeId
    .optional()
    .meta(
      about('the broader type this one narrows, defined in the batch or the graph', 'MEDIATION'),
    ),
  cues: list(positionCueSchema)
    .optional()
    .describe(
      'how `diplograph draft` recognises a position of this type in a text, kept with the type in the graph (docs/drafting.md)',
    ),
});

export const positionSchema = z.strictObject({
  type: positionTypeId.describe(
    'a position type id: a core type (CEASEFIRE, MEDIATION…) or one defined under positionTypes',
  ),
  subjects: list(actorRef)
    .min(1)
    .meta(
      about('actors, places or topics the position is about, in order', [
        'IRN',
        'nagorno-karabakh',
      ]),
    ),
  qualifier: z
    .string()
    .max(LIMITS.name)
    .optional()
    .meta(
      about(
        'tells apart positions of one type on the same subjects; ends the id as a slug',
        'borders not attacked',
      ),
    ),
  label: name.describe('what the position is, in words'),
  peacePlan: peacePlanSchema.optional().describe('for type PEACE_PLAN only: the plan'),
  redLine: redLineSchema.optional().describe('for type RED_LINE only: the red line'),
});

export const quoteSchema = z.strictObject({
  ref: z
    .string()
    .min(1)
    .max(LIMITS.id)
    .meta(about('the name stances use for this quote within the statement', 'basis')),
  text: z.string().min(1).max(LIMITS.quote).describe('the words, verbatim'),
});

export const stanceSchema = z.strictObject({
  position: id.meta(
    about(
      'a position id, as defined under positions or already in the graph',
      'TERRITORIAL_INTEGRITY:AZE',
    ),
  ),
  stance: z.enum(STANCES).describe('for (+1), against (−1) or neither (0)'),
  act: z
    .enum(ACTS)
    .optional()
    .describe('the speech act; left out when the source does not say (unspecified)'),
  modality: z
    .enum(MODALITIES)
    .default('ASSERTED')
    .describe(
      'how it is held: CONDITIONAL for red lines ("if … then …"); comparisons count ASSERTED',
    ),
  quote: z
    .string()
    .min(1)
    .max(LIMITS.id)
    .meta(about('the ref of the quote that carries this stance', 'basis')),
  target: actorRef
    .optional()
    .meta(about('the actor the stance is addressed to or aimed at', 'AZE')),
});

export const statementSchema = z.strictObject({
  id: id.optional().describe('derived from speakers, date, actors and quotes when absent'),
  date: partialDate.describe('when it was made, as precisely as the source says'),
  kind: z
    .enum(STATEMENT_KINDS)
    .optional()
    .describe('left out when the source does not say (unspecified)'),
  speaker: actorRef
    .optional()
    .meta(
      about(
        'the person who said it, shorthand for speakers: [{actor: …}]; left out for, e.g., a communiqué',
        'person:saeed-khatibzadeh',
      ),
    ),
  speakers: list(statementSpeakerSchema)
    .min(1)
    .optional()
    .meta(
      about('the people who said it, each with the role they spoke in (instead of speaker)', [
        { actor: 'person:saeed-khatibzadeh', role: 'Foreign Ministry spokesman' },
      ]),
    ),
  onBehalfOf: list(actorRef)
    .min(1)
    .meta(about('the actors it speaks for; several for a joint statement', ['IRN'])),
  topics: list(id).default([]).describe('ids of the topics it concerns'),
  summary: z.string().trim().max(LIMITS.summary).optional().describe('what it says, in brief'),
  language: z
    .string()
    .min(2)
    .max(35)
    .optional()
    .meta(about('a BCP 47 language tag', 'en', 'fa')),
  location: z.string().max(LIMITS.name).optional().describe('where it was made, in words'),
  respondsTo: list(id).default([]).describe('ids of the events it responds to'),
  reportedIn: list(id).default([]).describe('ids of the documents that report it'),
  urls: list(statementUrlSchema)
    .default([])
    .describe(
      'addresses that report it: each becomes a document (its outlet from the host unless given)',
    ),
  quotes: list(quoteSchema).default([]).describe('its words, verbatim, that stances cite'),
  stances: list(stanceSchema)
    .default([])
    .describe('the positions it takes, each carried by a quote'),
  planStatuses: list(planStatusSchema)
    .default([])
    .describe("peace plans' status as the statement reports it, on its date"),
  redLineStatuses: list(redLineStatusSchema)
    .default([])
    .describe('red lines the statement declares, restates, invokes or declares crossed'),
  distinctFrom: list(id)
    .default([])
    .describe(
      'statements with the same speakers, date, actors and quotes that are nevertheless another statement (otherwise refused as DUPLICATE_STATEMENT)',
    ),
});

/** A YAML or JSON ingestion file. NDJSON files hold one statementSchema record a line. */
export const ingestDocumentSchema = z.strictObject({
  format: z.literal('diplograph/v1').describe('the format and its version'),
  actors: list(actorSchema).default([]).describe('persons, organisations and authorities'),
  topics: list(topicSchema).default([]).describe('what statements and events concern'),
  places: list(placeSchema).default([]).describe('places positions and events refer to'),
  events: list(eventSchema).default([]).describe('events statements respond to'),
  sources: list(sourceSchema).default([]).describe('outlets that publish documents'),
  documents: list(documentSchema).default([]).describe('articles and pages that report statements'),
  positionTypes: list(positionTypeSchema)
    .default([])
    .describe('position types beyond the core ones'),
  positions: list(positionSchema).default([]).describe('what stances are taken on'),
  statements: z.array(statementSchema).default([]).describe('what actors said (no size limit)'),
});

export type IngestDocument = z.infer<typeof ingestDocumentSchema>;
export type ActorInput = z.infer<typeof actorSchema>;
export type PositionTypeInput = z.infer<typeof positionTypeSchema>;
export type PositionInput = z.infer<typeof positionSchema>;
export type StatementInput = z.infer<typeof statementSchema>;
export type DocumentInput = z.infer<typeof documentSchema>;
