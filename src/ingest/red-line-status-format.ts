import { z } from 'zod';
import { RED_LINE_STATUSES } from '../model/vocabulary';

/**
 * The pieces of the format a red line status is made of, handed in by format.ts: importing
 * them from there would make the two modules load each other, and format.ts defines them once.
 */
export interface FormatParts {
  /** A record id (no white space, bounded length). */
  readonly id: z.ZodString;
  /** An actor as a record names it: id, ISO alpha-3, name or alias. */
  readonly actorRef: z.ZodString;
  /** A quote ref within the statement. */
  readonly quoteRef: z.ZodString;
  readonly about: (description: string, ...examples: unknown[]) => Record<string, unknown>;
  readonly maxItems: number;
}

/**
 * `statements[].redLineStatuses[]`: a red line declared, restated, invoked or declared crossed
 * by the statement, on its date, carried by one of its quotes. `by` is who does it, when not
 * the statement's onBehalfOf: who declares a red line crossed is often the other side.
 */
export function redLineStatusSchema(parts: FormatParts) {
  const { about } = parts;
  return z.strictObject({
    redLine: parts.id.meta(
      about(
        'a position of type RED_LINE, as defined under positions or in the graph',
        'RED_LINE:IRN:no-shelling-of-iranian-territory',
      ),
    ),
    status: z
      .enum(RED_LINE_STATUSES)
      .describe('what the statement does with the red line, on its date'),
    quote: parts.quoteRef.describe('the ref of the quote that carries it'),
    by: z
      .array(parts.actorRef)
      .min(1)
      .max(parts.maxItems)
      .optional()
      .meta(
        about(
          "the actors who declare, restate, invoke or declare it crossed; the statement's onBehalfOf when left out",
          ['AZE'],
        ),
      ),
  });
}

export type RedLineStatusInput = z.infer<ReturnType<typeof redLineStatusSchema>>;
