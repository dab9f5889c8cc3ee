import { registerEnumType } from 'type-graphql';
import {
  ACTS,
  MODALITIES,
  PLAN_STATUSES,
  RED_LINE_STATUSES,
  STANCES,
  STATEMENT_KINDS,
} from '../../model/vocabulary';

/** A GraphQL enum from one of the vocabularies of src/model/vocabulary.ts: one source of truth. */
export function enumOf<T extends string>(values: readonly T[], name: string, description: string) {
  const object = Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
  registerEnumType(object, { name, description });
  return object;
}

export const StanceEnum = enumOf(STANCES, 'StanceValue', 'For, against or neither.');
export const ActEnum = enumOf(ACTS, 'Act', 'The speech act by which a stance is taken.');
export const ModalityEnum = enumOf(
  MODALITIES,
  'Modality',
  'Asserted, or only under a condition (red lines), hypothetical or negated.',
);
export const StatementKindEnum = enumOf(
  STATEMENT_KINDS,
  'StatementKind',
  'What kind of statement.',
);
export const PlanStatusEnum = enumOf(PLAN_STATUSES, 'PlanStatus', 'Where a peace plan stands.');
export const RedLineStatusEnum = enumOf(
  RED_LINE_STATUSES,
  'RedLineStatus',
  'What a statement does with a red line: declares it, restates it, invokes it or declares it crossed.',
);
export const ActorKindEnum = enumOf(
  ['STATE', 'PERSON', 'ORGANIZATION', 'AUTHORITY'] as const,
  'ActorKind',
  'What kind of actor.',
);
export const StatementStatusEnum = enumOf(
  ['ACTIVE', 'RETRACTED', 'SUPERSEDED'] as const,
  'StatementStatus',
  'Retracted and superseded statements stay in the graph, out of comparisons.',
);
export const SortOrderEnum = enumOf(
  ['NEWEST_FIRST', 'OLDEST_FIRST'] as const,
  'StatementOrder',
  'Order of statements by date, then id.',
);
