import { z } from 'zod';
import { PLAN_STATUSES, RED_LINE_STATUSES } from '../model/vocabulary';
import { about, actorRef, id, LIMITS, list, name } from './format-fields';

/** `positions[].peacePlan`: what a position of type PEACE_PLAN defines. */
export const peacePlanSchema = z.strictObject({
  name: name.describe("the plan's name"),
  proposedBy: list(actorRef)
    .min(1)
    .meta(about('the actors who propose it', ['IRN'])),
  status: z.enum(PLAN_STATUSES).describe("the plan's status as defined"),
  principles: list(id)
    .default([])
    .meta(about('positions the plan includes', ['TERRITORIAL_INTEGRITY:AZE'])),
  consultationPartners: list(
    z.union([
      actorRef,
      z.strictObject({ description: name.describe('partners that are no actor, in words') }),
    ]),
  )
    .default([])
    .meta(
      about('whom the plan is pursued in consultation with: actors, or a description', [
        'AZE',
        { description: "Iran's neighbours" },
      ]),
    ),
});

/** `positions[].redLine`: what a position of type RED_LINE defines. */
export const redLineSchema = z.strictObject({
  declaredBy: list(actorRef)
    .min(1)
    .meta(about('the actors who declare the red line', ['IRN'])),
  condition: z.string().trim().min(1).max(LIMITS.summary).describe('what would cross it'),
  threatenedResponse: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.summary)
    .optional()
    .describe('what the declarers say they would do if it is crossed'),
  triggerEvent: id.optional().describe('the id of the event that prompted it'),
});

/** The ref of one of the statement's quotes. */
const quoteRef = z.string().min(1).max(LIMITS.id);

/** `statements[].planStatuses[]`: a peace plan's status as the statement reports it. */
export const planStatusSchema = z.strictObject({
  plan: id.meta(
    about(
      'a position of type PEACE_PLAN, as defined under positions or in the graph',
      'PEACE_PLAN:IRN+nagorno-karabakh:2020',
    ),
  ),
  status: z.enum(PLAN_STATUSES).describe("the plan's status on the statement's date"),
  quote: quoteRef.describe('the ref of the quote that reports it'),
});

/**
 * `statements[].redLineStatuses[]`: a red line declared, restated, invoked or declared crossed
 * by the statement, on its date, carried by one of its quotes. `by` is who does it, when not
 * the statement's onBehalfOf: who declares a red line crossed is often the other side.
 */
export const redLineStatusSchema = z.strictObject({
  redLine: id.meta(
    about(
      'a position of type RED_LINE, as defined under positions or in the graph',
      'RED_LINE:IRN:no-shelling-of-iranian-territory',
    ),
  ),
  status: z
    .enum(RED_LINE_STATUSES)
    .describe('what the statement does with the red line, on its date'),
  quote: quoteRef.describe('the ref of the quote that carries it'),
  by: z
    .array(actorRef)
    .min(1)
    .max(LIMITS.listItems)
    .optional()
    .meta(
      about(
        "the actors who declare, restate, invoke or declare it crossed; the statement's onBehalfOf when left out",
        ['AZE'],
      ),
    ),
});

export type RedLineStatusInput = z.infer<typeof redLineStatusSchema>;
