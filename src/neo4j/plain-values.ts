import neo4j from 'neo4j-driver';

/**
 * Values from the driver as plain JSON-able data: no neo4j.Integer or temporal object ever
 * reaches a client (the queries already return temporals as ISO 8601 text; this is the net).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: answer them before the type checks below.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  )
    return value.toString();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
}
