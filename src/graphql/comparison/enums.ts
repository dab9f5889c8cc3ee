import { REQUEST_ENUMS } from '../../comparison';
import type { RequestEnum } from '../../comparison';
import { enumOf, ModalityEnum } from '../types/enums';

/** The GraphQL enums of the comparisons, from the vocabularies of the request definition. */
const DESCRIPTIONS = {
  Interval: 'Calendar buckets of a comparison; NONE compares the whole window as one.',
  AgreementMeasure: 'Agreement index, Signorino & Ritter S, Scott π or Cohen κ (docs/measures.md).',
  MissingStance:
    'A position only one actor addressed: left out (EXCLUDE) or counted as NEUTRAL (0).',
  StanceBasis:
    'Compare the stances in force at the end of each bucket (IN_FORCE), or only those stated in it (EXPRESSED).',
} as const;

function requestEnum<E extends keyof typeof DESCRIPTIONS>(name: E) {
  return enumOf(REQUEST_ENUMS[name], name, DESCRIPTIONS[name]);
}

export const IntervalEnum = requestEnum('Interval');
export const MeasureEnum = requestEnum('AgreementMeasure');
export const MissingEnum = requestEnum('MissingStance');
export const BasisEnum = requestEnum('StanceBasis');

/** Each vocabulary a request field may name, as the GraphQL enum registered for it. */
export const REQUEST_ENUM_TYPES: { readonly [E in RequestEnum]: object } = {
  Interval: IntervalEnum,
  AgreementMeasure: MeasureEnum,
  MissingStance: MissingEnum,
  StanceBasis: BasisEnum,
  Modality: ModalityEnum,
};
