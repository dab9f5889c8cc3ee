import neo4j from 'neo4j-driver';

/**
 * Values from the driver as plain JSON-able data: no neo4j.Integer or temporal object ever
 * reaches a client (the queries already return temporals as ISO 8601 text; this is the net).
 * Lists and maps are converted in place: the driver builds them afresh for every record, and a
 * matrix's rows hold tens of thousands of them, so copying them all would only feed the garbage
 * collector.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: answer them before the type checks below.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      if (item !== null && typeof item === 'object') value[index] = toPlain(item);
      else if (item === undefined) value[index] = null;
    }
    return value;
  }
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
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = toPlain(record[key]);
  return record;
}
