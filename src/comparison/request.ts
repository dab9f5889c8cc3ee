import { INTERVALS, MEASURES, MISSING_MODES, STANCE_BASES } from '../analysis';
import { MODALITIES } from '../model/vocabulary';
import type { NameKind } from '../names/match';
import { AS_OF_DOC } from './as-of';

/**
 * A comparison request, defined once: its fields, their types, defaults, limits and docs. The
 * GraphQL arguments (src/graphql/comparison/args.ts), the CLI options (src/cli/comparison-commands.ts)
 * and the README's table of comparison options (scripts/generate-comparison-docs.mjs, checked by
 * `npm run generate:check`) are made from it, and the service's input types are read off it.
 */

/** Beyond these a comparison is a data dump, not a question; split it. */
export const COMPARISON_LIMITS = { actors: 50, positions: 200, cells: 100_000 } as const;

/** The vocabularies a field can take its values from, by the name of their GraphQL enum. */
export const REQUEST_ENUMS = {
  Interval: INTERVALS,
  AgreementMeasure: MEASURES,
  MissingStance: MISSING_MODES,
  StanceBasis: STANCE_BASES,
  Modality: MODALITIES,
} as const;
export type RequestEnum = keyof typeof REQUEST_ENUMS;

/** How much a position counts in a weighted S score. */
export interface PositionWeight {
  readonly position: string;
  readonly weight: number;
}

/** The value of each kind of field that is not an enum. */
interface ScalarValues {
  id: string;
  ids: readonly string[];
  /** Position types by id or label: data, not an enum (src/comparison/position-types.ts). */
  positionTypes: readonly string[];
  /** A day, month or year (window.ts). */
  date: string;
  /** An instant (GraphQL DateTime; on the command line an ISO date or date-time, as-of.ts). */
  instant: Date;
  count: number;
  flag: boolean;
  weights: readonly PositionWeight[];
}

export type FieldType =
  | { readonly kind: keyof ScalarValues }
  | { readonly kind: 'enum' | 'enums'; readonly enum: RequestEnum };

export type ValueOf<T extends FieldType> = T extends {
  kind: 'enum';
  enum: infer E extends RequestEnum;
}
  ? (typeof REQUEST_ENUMS)[E][number]
  : T extends { kind: 'enums'; enum: infer E extends RequestEnum }
    ? readonly (typeof REQUEST_ENUMS)[E][number][]
    : T extends { kind: infer K extends keyof ScalarValues }
      ? ScalarValues[K]
      : never;

export interface RequestField {
  readonly type: FieldType;
  /**
   * What it means, without a final period (describeField adds the limit): the GraphQL argument's
   * description, the CLI option's help, the README.
   */
  readonly doc: string;
  readonly required?: true;
  readonly default?: string | number | boolean;
  /** At most this many values. */
  readonly max?: number;
  /** The option's value on the command line (`--actors <ids>`); flags take none. */
  readonly value?: string;
  /** Not offered on the command line. */
  readonly apiOnly?: true;
  /**
   * The kind of node an id field names: its values may be ids, names or aliases, resolved to ids
   * (src/comparison/names.ts) before the comparison runs.
   */
  readonly names?: NameKind;
}

export type RequestFields = Readonly<Record<string, RequestField>>;

export interface ComparisonOperation {
  /** The GraphQL query field. */
  readonly query: string;
  readonly doc: string;
  /** The CLI command, if there is one. */
  readonly command?: {
    readonly name: string;
    readonly summary: string;
    /** Refused before any database unless positions, position types or a topic are named. */
    readonly needsPositions: boolean;
  };
  /** In the order the command line and the README list them. */
  readonly fields: RequestFields;
}

type Required<F extends RequestFields> = {
  [K in keyof F]: F[K] extends { required: true } ? K : never;
}[keyof F];
type Defaulted<F extends RequestFields> = {
  [K in keyof F]: F[K] extends { default: string | number | boolean } ? K : never;
}[keyof F];

/** What the service takes: required fields given, defaulted ones optional, others nullable. */
export type RequestOf<F extends RequestFields> = {
  readonly [K in Required<F>]: ValueOf<F[K]['type']>;
} & {
  readonly [K in Defaulted<F>]?: ValueOf<F[K]['type']>;
} & {
  readonly [K in Exclude<keyof F, Required<F> | Defaulted<F>>]?: ValueOf<F[K]['type']> | null;
};

/** A field's doc with its limit: what every face shows. */
export function describeField(field: RequestField): string {
  return field.max === undefined ? `${field.doc}.` : `${field.doc} (at most ${field.max}).`;
}

const WINDOW_END = 'a day, a month (2020-09) or a year; a month or year counts whole';

const ACTORS = {
  type: { kind: 'ids' },
  names: 'actor',
  doc: 'Actors by id, name or alias',
  required: true,
  max: COMPARISON_LIMITS.actors,
  value: '<ids>',
} as const;
const FROM = {
  type: { kind: 'date' },
  doc: `Start: ${WINDOW_END}`,
  required: true,
  value: '<date>',
} as const;
const TO = {
  type: { kind: 'date' },
  doc: `End: ${WINDOW_END}`,
  required: true,
  value: '<date>',
} as const;
const TOPIC = {
  type: { kind: 'id' },
  names: 'topic',
  doc: 'The positions of a topic (about it, or taken in statements on it), by id or name',
  value: '<id>',
} as const;
const POSITIONS = {
  type: { kind: 'ids' },
  names: 'position',
  doc: 'Positions by id or label',
  max: COMPARISON_LIMITS.positions,
  value: '<ids>',
} as const;
const POSITION_TYPES_FIELD = {
  type: { kind: 'positionTypes' },
  doc: 'Positions of these types (ids or labels), each with its descendants',
  value: '<types>',
} as const;
const MODALITIES_FIELD = {
  type: { kind: 'enums', enum: 'Modality' },
  doc: 'The modalities that count; asserted only unless named',
  value: '<list>',
} as const;
const AS_OF = {
  type: { kind: 'instant' },
  doc: AS_OF_DOC,
  value: '<when>',
} as const;
const INTERVAL = {
  type: { kind: 'enum', enum: 'Interval' },
  doc: 'Calendar buckets; none compares the whole window as one',
  value: '<interval>',
} as const;

export const POSITION_MATRIX = {
  query: 'positionMatrix',
  doc: 'Per actor × position × bucket: the stance in force, whether stated in the bucket or carried, the evidence, and the counts of supporting, opposing and neutral statements. Positions: those named, of the types named, or of a topic. Retracted and superseded statements never count; only ASSERTED stances unless `modalities` says otherwise.',
  command: {
    name: 'compare',
    summary: 'the stance of each actor on each position, bucket by bucket (carried stances marked)',
    needsPositions: true,
  },
  fields: {
    actors: ACTORS,
    from: FROM,
    to: TO,
    topic: TOPIC,
    positions: POSITIONS,
    positionTypes: POSITION_TYPES_FIELD,
    interval: { ...INTERVAL, default: 'MONTH' },
    modalities: MODALITIES_FIELD,
    asOf: AS_OF,
  },
} as const satisfies ComparisonOperation;

export const AGREEMENT = {
  query: 'agreement',
  doc: 'Agreement for every pair of actors and bucket, on the positions both addressed: score, n and the positions counted, with evidence. The score is null, with the reason, where the measure is undefined or n < minOverlap.',
  command: {
    name: 'agreement',
    summary:
      'how far each pair of actors agrees on the positions, bucket by bucket, with n and the positions',
    needsPositions: true,
  },
  fields: {
    ...POSITION_MATRIX.fields,
    interval: { ...INTERVAL, default: 'NONE' },
    measure: {
      type: { kind: 'enum', enum: 'AgreementMeasure' },
      doc: 'How agreement is measured (docs/measures.md)',
      default: 'S_SCORE',
      value: '<measure>',
    },
    missing: {
      type: { kind: 'enum', enum: 'MissingStance' },
      doc: 'A position only one actor addressed: left out (exclude), or counted with silence as neutral',
      default: 'EXCLUDE',
      value: '<mode>',
    },
    minOverlap: {
      type: { kind: 'count' },
      doc: 'Fewer positions counted than this: no score',
      default: 1,
      value: '<n>',
    },
    basis: {
      type: { kind: 'enum', enum: 'StanceBasis' },
      doc: 'The stances held at the end of each bucket (in force), or only those stated in it (expressed)',
      default: 'IN_FORCE',
      value: '<basis>',
    },
    weights: {
      type: { kind: 'weights' },
      names: 'position',
      doc: 'Weighted S (S_SCORE and S_SCORE_SQUARED only): 1 − 2·Σ w·|x−y| / (2·Σ w), or with (x−y)² and 4; each position by id or label',
      apiOnly: true,
    },
  },
} as const satisfies ComparisonOperation;

export const POSITION_HISTORY = {
  query: 'positionHistory',
  doc: "An actor's stances on a position in order, each change of stance marked.",
  command: {
    name: 'history',
    summary: "an actor's stances on one position, day by day, with each shift marked",
    needsPositions: false,
  },
  fields: {
    actor: {
      type: { kind: 'id' },
      names: 'actor',
      doc: 'The actor: id, name or alias',
      required: true,
      value: '<id>',
    },
    position: {
      type: { kind: 'id' },
      names: 'position',
      doc: 'The position: id or label',
      required: true,
      value: '<id>',
    },
    modalities: MODALITIES_FIELD,
    asOf: AS_OF,
  },
} as const satisfies ComparisonOperation;

export const DIVERGENCES = {
  query: 'divergences',
  doc: 'Pairs of actors holding opposite stances (SUPPORTS against OPPOSES) on the same position within the window, with the evidence of both sides.',
  command: {
    name: 'divergences',
    summary: 'spans in which one actor supported and another opposed the same position',
    needsPositions: true,
  },
  fields: {
    actors: {
      type: { kind: 'ids' },
      names: 'actor',
      doc: 'Actors by id, name or alias; default: everyone who spoke',
      max: COMPARISON_LIMITS.actors,
      value: '<ids>',
    },
    from: {
      type: { kind: 'date' },
      doc: `Start: ${WINDOW_END}; open if left out`,
      value: '<date>',
    },
    to: { type: { kind: 'date' }, doc: `End: ${WINDOW_END}; open if left out`, value: '<date>' },
    topic: TOPIC,
    positions: POSITIONS,
    positionTypes: POSITION_TYPES_FIELD,
    expressedInWindow: {
      type: { kind: 'flag' },
      doc: 'Each side must have stated its stance within the window',
      default: false,
    },
    modalities: MODALITIES_FIELD,
    asOf: AS_OF,
  },
} as const satisfies ComparisonOperation;

export const RED_LINES = {
  query: 'redLines',
  doc: 'Declared red lines with their conditions, threatened responses and trigger events, and the statements of the window that declare, restate or invoke them (every modality).',
  fields: {
    actor: { type: { kind: 'id' }, names: 'actor', doc: 'Red lines this actor declared' },
    topic: { type: { kind: 'id' }, names: 'topic', doc: 'Red lines on a topic' },
    from: { type: { kind: 'date' }, doc: `Start: ${WINDOW_END}; open if left out` },
    to: { type: { kind: 'date' }, doc: `End: ${WINDOW_END}; open if left out` },
    asOf: AS_OF,
  },
} as const satisfies ComparisonOperation;

export const PEACE_PLANS = {
  query: 'peacePlans',
  doc: 'Peace plans (of a topic) with proposers, principles, consultation partners, status, and every actor’s stances on each over time.',
  fields: {
    topic: { type: { kind: 'id' }, names: 'topic', doc: 'Peace plans of a topic' },
    modalities: MODALITIES_FIELD,
    asOf: AS_OF,
  },
} as const satisfies ComparisonOperation;

/** Every comparison the API answers, in the order the README lists those with a command. */
export const COMPARISON_OPERATIONS: readonly ComparisonOperation[] = [
  POSITION_MATRIX,
  AGREEMENT,
  POSITION_HISTORY,
  DIVERGENCES,
  RED_LINES,
  PEACE_PLANS,
];

export type ComparisonInput = RequestOf<typeof POSITION_MATRIX.fields>;
export type AgreementInput = RequestOf<typeof AGREEMENT.fields>;
export type HistoryInput = RequestOf<typeof POSITION_HISTORY.fields>;
export type DivergenceInput = RequestOf<typeof DIVERGENCES.fields>;
export type RedLinesInput = RequestOf<typeof RED_LINES.fields>;
export type PeacePlansInput = RequestOf<typeof PEACE_PLANS.fields>;
