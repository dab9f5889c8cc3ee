import type { AgreementResult, PositionHistory, PositionMatrix } from '../comparison';
import type { AgreementData, HistoryData, Named, TimelineData } from './charts/types';

/**
 * The service's results (src/comparison) as chart data, for the CLI. The service speaks in ids;
 * `labels` (id → name or label) makes them readable where the caller has them.
 */

export type Labels = ReadonlyMap<string, string>;

function named(ids: readonly string[], labels: Labels): Named[] {
  return ids.map((id) => ({ id, label: labels.get(id) ?? id }));
}

export function timelineData(matrix: PositionMatrix, labels: Labels = new Map()): TimelineData {
  return {
    actors: named(matrix.actors, labels),
    positions: named(matrix.positions, labels),
    buckets: matrix.buckets.map((bucket) => bucket.key),
    cells: matrix.cells.map((cell) => ({
      actorId: cell.actorId,
      positionId: cell.positionId,
      bucket: cell.bucket.key,
      stance: cell.stance,
      mixed: cell.mixed,
      carried: cell.carried,
      supports: cell.supports,
      opposes: cell.opposes,
      neutral: cell.neutral,
    })),
  };
}

export function agreementData(result: AgreementResult, labels: Labels = new Map()): AgreementData {
  return {
    measure: result.measure,
    actors: named(result.actors, labels),
    buckets: result.buckets.map((bucket) => bucket.key),
    pairs: result.pairs.map((pair) => ({
      actorA: pair.actorA,
      actorB: pair.actorB,
      bucket: pair.bucket.key,
      score: pair.result.value,
      n: pair.result.n,
      reason: pair.result.reason ?? null,
    })),
  };
}

export function historyData(history: PositionHistory, labels: Labels = new Map()): HistoryData {
  const [actor] = named([history.actor], labels);
  const [position] = named([history.position], labels);
  return {
    actor: actor!,
    position: position!,
    stances: history.stances.map((day) => ({
      date: day.date,
      stance: day.stance,
      mixed: day.mixed,
      statements: [...new Set(day.evidence.map((e) => e.statementId))],
    })),
    shifts: history.shifts.map((shift) => ({ from: shift.from.date, to: shift.to.date })),
  };
}
