import { z } from 'zod';

/** The building blocks of the ingestion format's fields (src/ingest/format.ts), shared by its parts. */

/** Size limits keep one record from holding a whole article by mistake. */
export const LIMITS = {
  id: 200,
  name: 300,
  quote: 10_000,
  summary: 5_000,
  listItems: 500,
} as const;

export const id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[^\s]+$/, 'an id without white space');
export const name = z.string().trim().min(1).max(LIMITS.name);
/** An actor as a record names it: id (IRN, person:…), ISO alpha-3 in any case, name or alias. */
export const actorRef = z.string().trim().min(1).max(LIMITS.name);
/** A field's meaning and examples, for the JSON Schema and the field reference of the docs. */
export const about = (description: string, ...examples: unknown[]) => ({ description, examples });
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);
