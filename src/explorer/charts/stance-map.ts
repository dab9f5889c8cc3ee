import { reasonText } from './agreement';
import { labelOf } from './common';
import { classicalMds, stress } from './mds';
import type { Point } from './mds';
import { procrustes } from './procrustes';
import type { AgreementCell, AgreementData, Named } from './types';

/**
 * The stance map's frames: per bucket, the actors placed by classical MDS of 1 − score, the
 * actors left out (and why), the stress, each frame turned onto the one before by Procrustes.
 * docs/measures.md ("Stance map") gives the method and its caveats.
 */

export interface MapPoint {
  readonly actorId: string;
  readonly x: number;
  readonly y: number;
}

export interface LeftOut {
  readonly actorId: string;
  readonly reason: string;
}

export interface MapFrame {
  readonly bucket: string;
  readonly points: readonly MapPoint[];
  readonly leftOut: readonly LeftOut[];
  /** Kruskal's stress-1 of the drawn distances; null with fewer than three points or all at 0. */
  readonly stress: number | null;
  /** Whether the frame was turned onto an earlier one (false for the first, or none in common). */
  readonly aligned: boolean;
}

export interface StanceMapData {
  readonly measure: string;
  readonly actors: readonly Named[];
  readonly frames: readonly MapFrame[];
}

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Drops actors until every remaining pair has a score: each round, the actor with the most
 * pairs without one (the later one on a tie), so one sparse actor cannot empty the map.
 */
export function keepComparable(
  actors: readonly string[],
  pairs: ReadonlyMap<string, AgreementCell>,
  names: readonly Named[],
): { kept: string[]; leftOut: LeftOut[] } {
  let kept = [...actors];
  const leftOut: LeftOut[] = [];
  const missing = (id: string) =>
    kept.filter((other) => other !== id && (pairs.get(key(id, other))?.score ?? null) === null);
  for (;;) {
    let worst: string | undefined;
    let most = 0;
    for (const id of kept) {
      const count = missing(id).length;
      if (count > 0 && count >= most) [worst, most] = [id, count];
    }
    if (worst === undefined) break;
    const without = missing(worst).map((other) => {
      const pair = pairs.get(key(worst, other));
      const why = pair === undefined ? 'not compared' : reasonText(pair.reason);
      return `${labelOf(names, other)} (${why})`;
    });
    leftOut.push({ actorId: worst, reason: `no score with ${without.join(', ')}` });
    kept = kept.filter((id) => id !== worst);
  }
  if (kept.length === 1) {
    leftOut.push({ actorId: kept[0]!, reason: 'no other actor left to compare with' });
    kept = [];
  }
  return { kept, leftOut };
}

function placeFrame(data: AgreementData, bucket: string): Omit<MapFrame, 'aligned'> {
  const pairs = new Map(
    data.pairs.filter((p) => p.bucket === bucket).map((p) => [key(p.actorA, p.actorB), p]),
  );
  const ids = data.actors.map((a) => a.id);
  const { kept, leftOut } = keepComparable(ids, pairs, data.actors);
  // 1 − score: 0 for full agreement; a score below −1 cannot occur, a negative distance never.
  const distances = kept.map((a) =>
    kept.map((b) => (a === b ? 0 : Math.max(0, 1 - pairs.get(key(a, b))!.score!))),
  );
  const placed = classicalMds(distances);
  return {
    bucket,
    points: kept.map((actorId, i) => ({ actorId, x: placed[i]![0], y: placed[i]![1] })),
    leftOut,
    stress: kept.length < 3 ? null : stress(distances, placed),
  };
}

/** Turns `frame` onto `previous` over the actors both place (two at least). */
function alignTo(frame: Omit<MapFrame, 'aligned'>, previous: MapFrame | undefined): MapFrame {
  const shared = frame.points.filter((p) => previous?.points.some((q) => q.actorId === p.actorId));
  if (previous === undefined || shared.length < 2) return { ...frame, aligned: false };
  const target = shared.map((p): Point => {
    const q = previous.points.find((r) => r.actorId === p.actorId)!;
    return [q.x, q.y];
  });
  const { apply } = procrustes(
    shared.map((p): Point => [p.x, p.y]),
    target,
  );
  const points = frame.points.map((p) => {
    const [x, y] = apply([p.x, p.y]);
    return { actorId: p.actorId, x, y };
  });
  return { ...frame, points, aligned: true };
}

export function stanceMap(data: AgreementData): StanceMapData {
  const frames: MapFrame[] = [];
  for (const bucket of data.buckets) {
    const previous = [...frames].reverse().find((f) => f.points.length >= 2);
    frames.push(alignTo(placeFrame(data, bucket), previous));
  }
  return { measure: data.measure, actors: data.actors, frames };
}

/** The largest |coordinate| over every frame: one scale for all, so movement is real. */
export function mapExtent(map: StanceMapData): number {
  const coordinates = map.frames.flatMap((f) => f.points.flatMap((p) => [p.x, p.y]));
  return Math.max(0.1, ...coordinates.map(Math.abs));
}
