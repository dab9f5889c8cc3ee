import neo4j from 'neo4j-driver';

/**
 * Values from the driver as plain JSON-able data: no neo4j.Integer or temporal object ever
 * reaches a client (the queries already return temporals as ISO 8601 text; this is the net).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
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
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/** A page cursor: opaque to clients, the sort key of the last row to us. */
export function encodeCursor(key: readonly (string | null)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): string[] | undefined {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string'))
      return key;
  } catch {
    // falls through: not a cursor of ours
  }
  return undefined;
}

/** 'YYYY-MM-DD' of a Date scalar's value (graphql-scalars gives a UTC midnight Date). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
