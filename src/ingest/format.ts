import { z } from 'zod';
import {
  ACTS,
  DEFINABLE_ACTOR_KINDS,
  MODALITIES,
  PLAN_STATUSES,
  STANCES,
  STATEMENT_KINDS,
} from '../model/vocabulary';
import { parsePartialDate } from '../model/partial-date';
import { POSITION_TYPE_ID } from '../model/position-types';

/**
 * The ingestion format, version 1: the one definition from which validation runs and
 * schema/ingest.schema.json is generated. docs/ingest-format.md explains it with the seed as
 * the example. Size limits keep one record from holding a whole article by mistake.
 */
export const LIMITS = {
  id: 200,
  name: 300,
  quote: 10_000,
  summary: 5_000,
  listItems: 500,
} as const;

const id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[^\s]+$/, 'an id without white space');
const name = z.string().trim().min(1).max(LIMITS.name);
/** An actor as a record names it: id (IRN, person:…), ISO alpha-3 in any case, name or alias. */
const actorRef = z.string().trim().min(1).max(LIMITS.name);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);

export const DATE_MESSAGE = 'a real calendar date as YYYY-MM-DD, YYYY-MM or YYYY';

export const partialDate = z
  .string()
  .refine((text) => parsePartialDate(text) !== undefined, { message: DATE_MESSAGE });

/**
 * A moment as the source gives it: with its offset; without one when the source gives no
 * zone (stored as a local date-time, zone unknown); or "unknown" when it gives no time at all.
 */
const timestamp = z.union([z.literal('unknown'), z.iso.datetime({ offset: true, local: true })]);

const role = z.strictObject({
  title: name,
  of: actorRef.describe('the actor the role is held in: a state, organisation or authority'),
  from: partialDate.optional(),
  to: partialDate.optional(),
});

export const actorSchema = z.strictObject({
  id: id.describe(
    'person:…, org:…, authority:… (states are reference data: use their ISO alpha-3 code)',
  ),
  kind: z.enum(DEFINABLE_ACTOR_KINDS),
  name,
  aliases: list(name).default([]),
  wikidataId: z
    .string()
    .regex(/^Q\d+$/, 'a Wikidata id such as Q42')
    .optional(),
  orgKind: z
    .string()
    .max(LIMITS.name)
    .optional()
    .describe('for organisations: MINISTRY, MEDIATION_GROUP, …'),
  partOf: actorRef.optional().describe('the actor this one belongs to, e.g. a ministry of a state'),
  roles: list(role).default([]),
});

export const topicSchema = z.strictObject({
  id,
  name,
  description: z.string().max(LIMITS.summary).optional(),
});

export const placeSchema = z.strictObject({
  id,
  name,
  aliases: list(name).default([]),
  within: actorRef.optional().describe('a state or place that contains this one'),
});

export const eventSchema = z.strictObject({
  id,
  date: partialDate,
  description: z.string().trim().min(1).max(LIMITS.summary),
  places: list(id).default([]),
  topics: list(id).default([]),
});

export const sourceSchema = z.strictObject({ id, name, url: z.url().optional() });

export const documentSchema = z.strictObject({
  id: id.optional().describe('derived from the url (or source and title) when absent'),
  source: id,
  title: name,
  url: z.url().optional(),
  publishedAt: timestamp,
  retrievedAt: timestamp.optional(),
  republishedBy: list(id).default([]),
  language: z.string().min(2).max(35).optional(),
  framing: list(z.string().trim().min(1).max(LIMITS.quote))
    .default([])
    .describe("the outlet's own words that are nobody's stance (background, characterisations)"),
});

const peacePlan = z.strictObject({
  name,
  proposedBy: list(actorRef).min(1),
  status: z.enum(PLAN_STATUSES),
  principles: list(id).default([]).describe('positions the plan includes'),
  consultationPartners: list(z.union([actorRef, z.strictObject({ description: name })])).default(
    [],
  ),
});

const redLine = z.strictObject({
  declaredBy: list(actorRef).min(1),
  condition: z.string().trim().min(1).max(LIMITS.summary),
  threatenedResponse: z.string().trim().min(1).max(LIMITS.summary).optional(),
  triggerEvent: id.optional(),
});

const positionTypeId = z
  .string()
  .max(LIMITS.id)
  .regex(POSITION_TYPE_ID, 'an id in upper case, digits and underscores, such as MEDIATION_FORMAT');

export const positionTypeSchema = z.strictObject({
  id: positionTypeId.describe('how the ids of positions of this type begin'),
  label: name,
  description: z.string().trim().max(LIMITS.summary).optional(),
  parent: positionTypeId
    .optional()
    .describe('the broader type this one narrows, defined in the batch or the graph'),
});

export const positionSchema = z.strictObject({
  type: positionTypeId.describe(
    'a position type id: a core type (CEASEFIRE, MEDIATION…) or one defined under positionTypes',
  ),
  subjects: list(actorRef)
    .min(1)
    .describe('actors, places or topics the position is about, in order'),
  qualifier: z.string().max(LIMITS.name).optional(),
  label: name,
  peacePlan: peacePlan.optional(),
  redLine: redLine.optional(),
});

export const quoteSchema = z.strictObject({
  ref: z
    .string()
    .min(1)
    .max(LIMITS.id)
    .describe('the name stances use for this quote within the statement'),
  text: z.string().min(1).max(LIMITS.quote),
});

export const stanceSchema = z.strictObject({
  position: id.describe('a position id, as defined under positions or already in the graph'),
  stance: z.enum(STANCES),
  act: z
    .enum(ACTS)
    .optional()
    .describe('the speech act; left out when the source does not say (unspecified)'),
  modality: z.enum(MODALITIES).default('ASSERTED'),
  quote: z.string().min(1).max(LIMITS.id).describe('the ref of the quote that carries this stance'),
  target: actorRef.optional().describe('the actor the stance is addressed to or aimed at'),
});

export const planStatusSchema = z.strictObject({
  plan: id.describe('a position of type PEACE_PLAN, as defined under positions or in the graph'),
  status: z.enum(PLAN_STATUSES),
  quote: z.string().min(1).max(LIMITS.id).describe('the ref of the quote that reports it'),
});

export const statementSchema = z.strictObject({
  id: id.optional().describe('derived from speaker, date, actors and quotes when absent'),
  date: partialDate,
  kind: z
    .enum(STATEMENT_KINDS)
    .optional()
    .describe('left out when the source does not say (unspecified)'),
  speaker: actorRef.optional(),
  onBehalfOf: list(actorRef).min(1),
  topics: list(id).default([]),
  summary: z.string().trim().max(LIMITS.summary).optional(),
  language: z.string().min(2).max(35).optional(),
  location: z.string().max(LIMITS.name).optional(),
  respondsTo: list(id).default([]),
  reportedIn: list(id).default([]),
  quotes: list(quoteSchema).default([]),
  stances: list(stanceSchema).default([]),
  planStatuses: list(planStatusSchema)
    .default([])
    .describe("peace plans' status as the statement reports it, on its date"),
  distinctFrom: list(id)
    .default([])
    .describe(
      'statements with the same speaker, date, actors and quotes that are nevertheless another statement (otherwise refused as DUPLICATE_STATEMENT)',
    ),
});

/** A YAML or JSON ingestion file. NDJSON files hold one statementSchema record a line. */
export const ingestDocumentSchema = z.strictObject({
  format: z.literal('diplograph/v1'),
  actors: list(actorSchema).default([]),
  topics: list(topicSchema).default([]),
  places: list(placeSchema).default([]),
  events: list(eventSchema).default([]),
  sources: list(sourceSchema).default([]),
  documents: list(documentSchema).default([]),
  positionTypes: list(positionTypeSchema).default([]),
  positions: list(positionSchema).default([]),
  statements: z.array(statementSchema).default([]),
});

export type IngestDocument = z.infer<typeof ingestDocumentSchema>;
export type ActorInput = z.infer<typeof actorSchema>;
export type PositionTypeInput = z.infer<typeof positionTypeSchema>;
export type PositionInput = z.infer<typeof positionSchema>;
export type StatementInput = z.infer<typeof statementSchema>;
export type DocumentInput = z.infer<typeof documentSchema>;
