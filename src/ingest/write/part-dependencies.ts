import { ENTITY_KINDS } from '../entity-kinds';
import type { WritePlan } from '../plan/write-plan';

/**
 * The ids of the nodes that plans create and that later statements find by MATCH: a part that
 * refers to one of them is not written before the part that creates it has committed. Neo4j
 * would make its MATCH wait for that commit (a write query seeks a keyed node with a lock), but
 * if the part before failed instead and were retried, the MATCH would find nothing and the
 * later part would commit without its relationships. Quotes and month summaries are not here:
 * they are merged, so a later part creates them itself if need be. Nothing refers to a
 * statement by its id.
 */
export function createdIds(plans: readonly WritePlan[]): Set<string> {
  const ids = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    if (kind === 'statement') continue;
    const field = `${kind}s` as const;
    for (const plan of plans) for (const { id } of plan[field]) ids.add(id);
  }
  return ids;
}

/**
 * Whether any string in the plans is one of the ids. Every value is looked at, not a list of the
 * fields that hold references, so that a reference added to the plans later cannot be missed;
 * a text that happens to equal an id only costs a wait.
 */
export function refersToAny(plans: readonly WritePlan[], ids: ReadonlySet<string>): boolean {
  if (ids.size === 0) return false;
  const pending: unknown[] = [plans];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (ids.has(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) pending.push(item);
    }
  }
  return false;
}
