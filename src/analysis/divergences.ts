import type { Stance } from '../model/vocabulary';
import type { DateWindow } from './buckets';
import { previousDay, requireIsoDay } from './dates';
import { compareStrings } from './order';
import { buildTimelines, sameStance, timelineOf } from './timeline';
import type { DayStance, StanceEvidence, StanceObservation, TimelineOptions } from './timeline';

export interface DivergenceOptions extends TimelineOptions {
  /**
   * Require each side to have stated its stance within the window (by the divergence's last
   * day), rather than holding one stated earlier. Off by default: a stance in force is held.
   */
  readonly expressedInWindow?: boolean;
}

export interface DivergenceSide {
  readonly actorId: string;
  /** The statements behind the stance, from the first that took it to the divergence's end. */
  readonly evidence: readonly StanceEvidence[];
}

/** Two actors held opposite stances (SUPPORTS vs OPPOSES) on one position from `from` to `to`. */
export interface Divergence {
  readonly positionId: string;
  readonly from: string;
  readonly to: string;
  readonly supporter: DivergenceSide;
  readonly opposer: DivergenceSide;
}

/** Consecutive days with the same stance: one stance held from `start` until `end`. */
interface Run {
  readonly stance: Stance | null;
  readonly start: string;
  /** Null while still in force. */
  readonly end: string | null;
  readonly evidence: readonly StanceEvidence[];
}

/** Restating a stance does not end it, so days of one stance merge into one run. */
function runsOf(days: readonly DayStance[]): Run[] {
  const runs: Run[] = [];
  let first = 0;
  for (let index = 1; index <= days.length; index += 1) {
    const next = days[index];
    if (next !== undefined && sameStance(days[first]!, next)) continue;
    const group = days.slice(first, index);
    runs.push({
      stance: days[first]!.stance,
      start: days[first]!.date,
      end: next === undefined ? null : previousDay(next.date),
      evidence: group.flatMap((day) => day.evidence),
    });
    first = index;
  }
  return runs;
}

/**
 * Every span within the window during which one actor supported and another opposed the same
 * position, both stances in force (design §3: latest stance at or before each day). Ordered by
 * position (as given), then start, then supporter and opposer (as given).
 */
export function divergences(
  observations: readonly StanceObservation[],
  actorIds: readonly string[],
  positionIds: readonly string[],
  window: DateWindow,
  options: DivergenceOptions = {},
): Divergence[] {
  requireIsoDay(window.from, 'from');
  requireIsoDay(window.to, 'to');
  if (window.from > window.to) {
    throw new RangeError(`from (${window.from}) is after to (${window.to})`);
  }
  const actors = [...new Set(actorIds)];
  const timelines = buildTimelines(observations, options);
  const found: Divergence[] = [];
  for (const positionId of new Set(positionIds)) {
    const runs = actors.map((actorId) => runsOf(timelineOf(timelines, actorId, positionId)));
    const forPosition: { divergence: Divergence; order: [number, number] }[] = [];
    actors.forEach((supporterId, i) => {
      actors.forEach((opposerId, j) => {
        if (i === j) return;
        for (const support of runs[i]!.filter((run) => run.stance === 'SUPPORTS')) {
          for (const oppose of runs[j]!.filter((run) => run.stance === 'OPPOSES')) {
            const divergence = overlap(positionId, supporterId, support, opposerId, oppose, window);
            if (
              divergence !== null &&
              (!options.expressedInWindow || bothStated(divergence, window))
            ) {
              forPosition.push({ divergence, order: [i, j] });
            }
          }
        }
      });
    });
    forPosition.sort(
      (p, q) =>
        compareStrings(p.divergence.from, q.divergence.from) ||
        p.order[0] - q.order[0] ||
        p.order[1] - q.order[1],
    );
    found.push(...forPosition.map((entry) => entry.divergence));
  }
  return found;
}

function overlap(
  positionId: string,
  supporterId: string,
  support: Run,
  opposerId: string,
  oppose: Run,
  window: DateWindow,
): Divergence | null {
  const from = latest(window.from, support.start, oppose.start);
  const to = earliest(window.to, support.end ?? window.to, oppose.end ?? window.to);
  if (from > to) return null;
  const upTo = (run: Run): StanceEvidence[] => run.evidence.filter((item) => item.date <= to);
  return {
    positionId,
    from,
    to,
    supporter: { actorId: supporterId, evidence: upTo(support) },
    opposer: { actorId: opposerId, evidence: upTo(oppose) },
  };
}

function bothStated(divergence: Divergence, window: DateWindow): boolean {
  const stated = (side: DivergenceSide): boolean =>
    side.evidence.some((item) => item.date >= window.from);
  return stated(divergence.supporter) && stated(divergence.opposer);
}

function latest(...dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a));
}

function earliest(...dates: string[]): string {
  return dates.reduce((a, b) => (b < a ? b : a));
}
