import type { StanceValue } from '../../../src/analysis';
import type { StanceObservation } from '../../../src/analysis';

/** A stance vector from a plain object, for readable hand-computed cases. */
export function vector(values: Readonly<Record<string, StanceValue>>): Map<string, StanceValue> {
  return new Map(Object.entries(values));
}

type Required = Pick<StanceObservation, 'actorId' | 'positionId' | 'date' | 'stance'>;

/** One ASSERTED, standing observation; the statement id is per actor and day unless given. */
export function observation(
  fields: Required & Partial<Omit<StanceObservation, keyof Required>>,
): StanceObservation {
  return {
    statementId: `statement:${fields.actorId}:${fields.date}`,
    quoteId: `quote:${fields.actorId}:${fields.date}:${fields.stance}`,
    act: 'AFFIRMS',
    modality: 'ASSERTED',
    retracted: false,
    superseded: false,
    ...fields,
  };
}
