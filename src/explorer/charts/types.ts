import type { StanceName } from './palette';

/**
 * What the chart specs draw: plain data, the same whether it came from the service (the CLI,
 * see adapt.ts) or from the public GraphQL API (the explorer pages). Ids identify; labels are
 * what a reader sees.
 */

export interface Named {
  readonly id: string;
  readonly label: string;
}

export interface TimelineCell {
  readonly actorId: string;
  readonly positionId: string;
  readonly bucket: string;
  readonly stance: StanceName | null;
  readonly mixed: boolean;
  readonly carried: boolean;
  readonly supports: number;
  readonly opposes: number;
  readonly neutral: number;
}

export interface TimelineData {
  readonly actors: readonly Named[];
  readonly positions: readonly Named[];
  readonly buckets: readonly string[];
  readonly cells: readonly TimelineCell[];
}

export interface AgreementCell {
  readonly actorA: string;
  readonly actorB: string;
  readonly bucket: string;
  /** Null when the measure is undefined; `reason` then says why. */
  readonly score: number | null;
  readonly n: number;
  readonly reason: string | null;
}

export interface AgreementData {
  readonly measure: string;
  readonly actors: readonly Named[];
  readonly buckets: readonly string[];
  readonly pairs: readonly AgreementCell[];
}

export interface HistoryPoint {
  readonly date: string;
  readonly stance: StanceName | null;
  readonly mixed: boolean;
  /** Statements behind the day's stance. */
  readonly statements: readonly string[];
}

export interface HistoryData {
  readonly actor: Named;
  readonly position: Named;
  readonly stances: readonly HistoryPoint[];
  /** The days on which the stance changed (the `to` day of each shift). */
  readonly shifts: readonly { readonly from: string; readonly to: string }[];
}

/** What a chart is made of besides its option object: its size and a text alternative. */
export interface ChartSpec<Option> {
  readonly option: Option;
  readonly width: number;
  readonly height: number;
  /** A one-paragraph text alternative: what the chart shows, in words. */
  readonly description: string;
  readonly title: string;
}
