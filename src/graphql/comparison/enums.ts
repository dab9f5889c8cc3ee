import { REQUEST_ENUMS } from '../../comparison';
import type { RequestEnum } from '../../comparison';
import { enumOf, ModalityEnum, PositionTypeEnum } from '../types/enums';

/** The GraphQL enums of the comparisons, from the vocabularies of the request definition. */

export const IntervalEnum = enumOf(
  REQUEST_ENUMS.Interval,
  'Interval',
  'Calendar buckets of a comparison; NONE compares the whole window as one.',
);
export const MeasureEnum = enumOf(
  REQUEST_ENUMS.AgreementMeasure,
  'AgreementMeasure',
  'Agreement index, Signorino & Ritter S, Scott π or Cohen κ (docs/measures.md).',
);
export const MissingEnum = enumOf(
  REQUEST_ENUMS.MissingStance,
  'MissingStance',
  'A position only one actor addressed: left out (EXCLUDE) or counted as NEUTRAL (0).',
);
export const BasisEnum = enumOf(
  REQUEST_ENUMS.StanceBasis,
  'StanceBasis',
  'Compare the stances in force at the end of each bucket (IN_FORCE), or only those stated in it (EXPRESSED).',
);

/** Each vocabulary a request field may name, as the GraphQL enum registered for it. */
export const REQUEST_ENUM_TYPES: { readonly [E in RequestEnum]: object } = {
  Interval: IntervalEnum,
  AgreementMeasure: MeasureEnum,
  MissingStance: MissingEnum,
  StanceBasis: BasisEnum,
  Modality: ModalityEnum,
  PositionType: PositionTypeEnum,
};
