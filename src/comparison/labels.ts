import { actorsById, comparisonPositions } from './comparison.queries';
import type { QueryReader } from './query-reader';

/**
 * What a reader calls the actors and positions of a result: actor names and position labels by
 * id, for charts (the results themselves speak in ids). An id without a name maps to nothing.
 */
export async function scopeLabels(
  read: QueryReader,
  actors: readonly string[],
  positions: readonly string[],
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (actors.length > 0) {
    for (const row of await read(actorsById, { ids: [...actors] })) labels.set(row.id, row.name);
  }
  if (positions.length > 0) {
    const rows = await read(comparisonPositions, {
      positions: [...positions],
      positionTypes: null,
      topic: null,
    });
    for (const row of rows) if (row.label !== null) labels.set(row.id, row.label);
  }
  return labels;
}
