import { shifts } from '../analysis';
import { compareStrings } from '../analysis/order';
import type { DayStance } from '../analysis';
import { asOfParam } from './as-of';
import { DEFAULT_MODALITIES, loadObservations } from './observations';
import { peacePlanRows } from './comparison.queries';
import type { QueryReader } from './query-reader';
import { withNamesResolved } from './names';
import { PEACE_PLANS } from './request';
import type { PeacePlansInput } from './request';
import { LATEST_DAY } from './window';

export interface ActorTimeline {
  readonly actorId: string;
  /** One entry per day the actor spoke on the plan, oldest first (see analysis DayStance). */
  readonly stances: readonly DayStance[];
}

/** A plan's status as one statement reported it, on the statement's date. */
export interface PlanStatusReport {
  readonly date: string;
  readonly status: string;
  readonly statementId: string;
  readonly quoteId: string;
}

export interface PeacePlanReport {
  readonly positionId: string;
  readonly name: string;
  readonly status: string;
  readonly proposedBy: readonly string[];
  readonly principles: readonly string[];
  readonly partners: readonly string[];
  readonly partnerDescriptions: readonly string[];
  /** The status as statements reported it, oldest first. */
  readonly statusHistory: readonly PlanStatusReport[];
  /** Every actor that took a stance on the plan, by actor id. */
  readonly stances: readonly ActorTimeline[];
}

/** Each plan with its proposers, principles and partners, and every actor's stances over time. */
export async function peacePlans(
  read: QueryReader,
  given: PeacePlansInput,
): Promise<PeacePlanReport[]> {
  // The topic's name to its id, checked to be in the graph.
  const input = await withNamesResolved(read, PEACE_PLANS, given);
  const topic = input.topic?.trim() ? input.topic : null;
  const asOf = input.asOf ?? null;
  const plans = await read(peacePlanRows, { topic, asOf: asOfParam(asOf) });
  const modalities = input.modalities?.length ? input.modalities : DEFAULT_MODALITIES;
  const observations = await loadObservations(read, {
    actors: null,
    positions: plans.map((plan) => plan.positionId),
    to: LATEST_DAY,
    modalities,
    asOf,
  });
  return plans.map((plan) => {
    const onPlan = observations.filter((o) => o.positionId === plan.positionId);
    const actors = [...new Set(onPlan.map((o) => o.actorId))].sort(compareStrings);
    return {
      ...plan,
      stances: actors.map((actorId) => ({
        actorId,
        stances: shifts(onPlan, actorId, plan.positionId, { modalities }).stances,
      })),
    };
  });
}
