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
