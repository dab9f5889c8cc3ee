import type { Stance } from '../model/vocabulary';

/** The numeric coding of a stance in every comparison: an ordered scale, opposition to support. */
export type StanceValue = -1 | 0 | 1;

export const STANCE_VALUES: readonly StanceValue[] = [-1, 0, 1];

const VALUE_OF: Readonly<Record<Stance, StanceValue>> = { SUPPORTS: 1, NEUTRAL: 0, OPPOSES: -1 };

export function stanceValue(stance: Stance): StanceValue {
  return VALUE_OF[stance];
}
