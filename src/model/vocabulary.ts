/**
 * The closed vocabularies of the statement graph. Stored as these exact strings; a change here
 * is a change of the data format (schema/ingest.schema.json) and of the GraphQL enums.
 */
export const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL'] as const;
export type Stance = (typeof STANCES)[number];

/** Speech acts, in the spirit of CAMEO/PLOVER. */
export const ACTS = [
  'AFFIRMS',
  'CALLS_FOR',
  'DEMANDS',
  'PROPOSES',
  'OFFERS',
  'WARNS',
  'CONDEMNS',
  'WELCOMES',
  'REJECTS',
  'DENIES',
] as const;
export type Act = (typeof ACTS)[number];

/** Red lines are CONDITIONAL by nature; only ASSERTED stances count by default in comparisons. */
export const MODALITIES = ['ASSERTED', 'CONDITIONAL', 'HYPOTHETICAL', 'NEGATED'] as const;
export type Modality = (typeof MODALITIES)[number];

export const STATEMENT_KINDS = [
  'PRESS_CONFERENCE',
  'COMMUNIQUE',
  'JOINT_STATEMENT',
  'INTERVIEW',
  'SPEECH',
  'SOCIAL_MEDIA',
  'LETTER',
  'RESOLUTION',
  'OTHER',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const POSITION_TYPES = [
  'TERRITORIAL_INTEGRITY',
  'WITHDRAWAL',
  'CEASEFIRE',
  'NEGOTIATED_SETTLEMENT',
  'MEDIATION',
  'PEACE_PLAN',
  'RED_LINE',
  'SANCTIONS',
  'SELF_DETERMINATION',
  'HUMANITARIAN_ACCESS',
  'OTHER',
] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

/** Actors defined in ingestion files; states come from the ISO 3166 reference data. */
export const DEFINABLE_ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'AUTHORITY'] as const;
export type DefinableActorKind = (typeof DEFINABLE_ACTOR_KINDS)[number];

export const PLAN_STATUSES = [
  'ANNOUNCED',
  'BEING_FINALISED',
  'PROPOSED',
  'UNDER_NEGOTIATION',
  'ACCEPTED',
  'REJECTED',
  'ABANDONED',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * Where a red line stands, as a statement reports it on its date: declared (first said),
 * restated, invoked (cited as in force, e.g. as a warning), declared crossed (by anyone,
 * often the other side).
 */
export const RED_LINE_STATUSES = ['DECLARED', 'RESTATED', 'INVOKED', 'DECLARED_CROSSED'] as const;
export type RedLineStatus = (typeof RED_LINE_STATUSES)[number];
