import { parseIsoDay } from '../analysis/dates';
import { DiplographError, ErrorCode } from '../errors';

/**
 * Knowledge time (docs/model.md, "Knowledge time"): `asOf` answers as the graph stood at a
 * moment. Queries take it as `$asOf`, an ISO date-time string, or null for the present.
 */

/** What `asOf` means, wherever it is offered (without a final period, as request.ts docs are). */
export const AS_OF_DOC =
  'As the graph stood at this moment: statements recorded after it left out, retractions and supersessions recorded after it undone; the present if left out';

/** A date-time as ISO 8601 writes it; no offset is read as UTC. */
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * `--as-of` as a person writes it: a date-time (`2026-12-07T15:04:00Z`, an offset, or none for
 * UTC) or a day (`2026-12-07`), which means the end of that day in UTC: everything recorded on
 * the day counts. `name` is the option or argument named in the error.
 */
export function parseAsOf(text: string, name: string): Date {
  const trimmed = text.trim();
  let parsed: Date | null = null;
  if (parseIsoDay(trimmed)) parsed = new Date(`${trimmed}T23:59:59.999Z`);
  else if (DATE_TIME.test(trimmed)) {
    const normalised = trimmed.replace(' ', 'T');
    parsed = new Date(/(Z|[+-]\d{2}:?\d{2})$/i.test(normalised) ? normalised : `${normalised}Z`);
  }
  if (parsed === null || Number.isNaN(parsed.getTime())) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      `${name} must be a date (YYYY-MM-DD) or an ISO date-time (YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]), got ${JSON.stringify(text)}`,
      { details: { field: name, value: text } },
    );
  }
  return parsed;
}

/**
 * The `$asOf` parameter of a query: the instant as an ISO string, or null for the present. A
 * Date holds milliseconds and Neo4j's recorded times nanoseconds, so the instant is taken to the
 * end of its millisecond: asOf a statement's recordedAt, as the API shows it, includes it.
 */
export function asOfParam(asOf: Date | null | undefined): string | null {
  if (asOf == null) return null;
  if (Number.isNaN(asOf.getTime())) {
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, 'asOf is not a valid date-time', {
      details: { field: 'asOf' },
    });
  }
  return asOf.toISOString().replace(/Z$/, '999999Z');
}
