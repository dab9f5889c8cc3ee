import type { QueryReader } from '../comparison/query-reader';
import { parseWindow } from '../comparison/window';
import { resolveName, resolveNames } from '../names/resolve';

/**
 * Which part of the graph an export writes: statements within a window, on a topic, made by or
 * on behalf of some actors, with what they link to. Every condition is optional; none is the
 * whole graph.
 */
export interface SliceRequest {
  /** A topic by id or name. */
  readonly topic?: string;
  /** Actors by id, name or alias. */
  readonly actors?: readonly string[];
  /** A day, month or year; a month or year counts whole. */
  readonly from?: string;
  readonly to?: string;
}

/** A slice with names resolved to ids and window ends to days: the queries' parameters. */
export interface Slice {
  readonly topic: string | null;
  readonly actors: readonly string[] | null;
  readonly from: string | null;
  readonly to: string | null;
}

export const WHOLE_GRAPH: Slice = { topic: null, actors: null, from: null, to: null };

export function isWhole(slice: Slice): boolean {
  return slice.topic === null && slice.actors === null && slice.from === null && slice.to === null;
}

/** Labels never exported: bookkeeping and derived data, rebuilt from the rest (docs/model.md). */
export const INTERNAL_LABELS: readonly string[] = ['Migration', 'StanceMonth'];

/**
 * Resolves a request's names (NAME_UNKNOWN, NAME_AMBIGUOUS naming the option) and window
 * (BAD_ARGUMENT on a bad or inverted one) before anything is written.
 */
export async function resolveSlice(read: QueryReader, request: SliceRequest): Promise<Slice> {
  const { from, to } = request;
  const window = from === undefined && to === undefined ? null : parseWindow(from, to);
  const topic =
    request.topic === undefined
      ? null
      : await resolveName(read, { kind: 'topic', text: request.topic, argument: '--topic' });
  const actors =
    request.actors === undefined
      ? null
      : await resolveNames(
          read,
          request.actors.map((text) => ({ kind: 'actor' as const, text, argument: '--actors' })),
        );
  return {
    topic,
    actors,
    from: from === undefined ? null : (window?.from ?? null),
    to: to === undefined ? null : (window?.to ?? null),
  };
}

/** The parameters every slice query takes. */
export function sliceParams(slice: Slice): Record<string, unknown> {
  return {
    from: slice.from,
    to: slice.to,
    topic: slice.topic,
    actors: slice.actors,
    sliced: !isWhole(slice),
    internal: INTERNAL_LABELS,
  };
}
