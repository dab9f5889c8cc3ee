import { MODALITIES } from '../model/vocabulary';
import type { Database } from '../neo4j/database';
import { runInTransaction } from '../neo4j/query-file';
import { countInStanceMonths } from './stance-months.queries';
import { emptyStanceMonths, retract, supersede } from './status.queries';

export type StatusChange =
  | { readonly kind: 'RETRACT'; readonly id: string; readonly reason: string; readonly by: string }
  | {
      readonly kind: 'SUPERSEDE';
      readonly id: string;
      /** The replacing statement, already in the graph. */
      readonly replacement: string;
      readonly reason: string;
      readonly by: string;
    };

/** `missing`: no such statement (or replacement); otherwise its status before the change. */
export type StatusOutcome =
  { readonly missing: true } | { readonly missing: false; readonly before: string | null };

/**
 * Retracts or supersedes a statement, keeping it (nothing is deleted), and in the same
 * transaction recomputes the month summaries it counted in, so that comparisons leave it out at
 * once: they are emptied, and what still counts there is counted again by the query ingestion
 * counts with. A statement that already has a status is left as it is.
 */
export async function changeStatus(db: Database, change: StatusChange): Promise<StatusOutcome> {
  return db.inWriteTransaction(async (tx) => {
    const [changed] =
      change.kind === 'RETRACT'
        ? await runInTransaction(tx, retract, {
            id: change.id,
            reason: change.reason,
            by: change.by,
          })
        : await runInTransaction(tx, supersede, {
            id: change.id,
            by: change.replacement,
            reason: change.reason,
            caller: change.by,
          });
    if (changed === undefined) return { missing: true };
    if (changed.before === null) {
      const [emptied] = await runInTransaction(tx, emptyStanceMonths, {
        statementIds: [change.id],
        modalities: MODALITIES,
      });
      await runInTransaction(tx, countInStanceMonths, { counted: emptied?.counted ?? [] });
    }
    return { missing: false, before: changed.before };
  }, `changing the status of statement ${change.id}`);
}
