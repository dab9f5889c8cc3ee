import { CORE_POSITION_TYPES } from '../model/position-types';

/** The label of each core position type, for a drafted position's label. */
export const POSITION_TYPE_LABELS: ReadonlyMap<string, string> = new Map(
  CORE_POSITION_TYPES.map((t) => [t.id, t.label]),
);
