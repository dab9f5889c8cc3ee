import type { StanceObservation } from '../analysis';
import type { Modality } from '../model/vocabulary';
import { asOfParam } from './as-of';
import { stanceObservations } from './comparison.queries';
import type { QueryReader } from './query-reader';

export const DEFAULT_MODALITIES: readonly Modality[] = ['ASSERTED'];

export interface ObservationQuery {
  /** Null: every actor that took a stance on the positions. */
  readonly actors: readonly string[] | null;
  readonly positions: readonly string[];
  /** The last day counted; earlier stances are read too, as they may still be in force. */
  readonly to: string;
  readonly modalities: readonly Modality[];
  /** As the graph stood at this instant (as-of.ts); the present if null or left out. */
  readonly asOf?: Date | null;
}

/** The counted stances behind a comparison (cypher/queries/stance-observations.cypher). */
export async function loadObservations(
  read: QueryReader,
  query: ObservationQuery,
): Promise<StanceObservation[]> {
  if (query.positions.length === 0 || query.actors?.length === 0) return [];
  const rows = await read(stanceObservations, {
    actors: query.actors,
    positions: query.positions,
    to: query.to,
    modalities: query.modalities,
    asOf: asOfParam(query.asOf),
  });
  // The query leaves retracted and superseded statements out; the flags say so to src/analysis.
  return rows.map((row) => ({
    ...row,
    retracted: false,
    superseded: false,
  }));
}
