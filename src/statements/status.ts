import { DiplographError, ErrorCode } from '../errors';
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

/**
 * The one path of a retraction or supersession from the API (retractStatement,
 * supersedeStatement) and the CLI (retract, supersede): the request checked, the change made,
 * and what went wrong an error with a stable code (BAD_ARGUMENT, NOT_FOUND).
 */
export async function applyStatusChange(db: Database, change: StatusChange): Promise<void> {
  if (change.reason.trim() === '') {
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, '`reason` is empty', {
      details: { field: 'reason' },
    });
  }
  if (change.kind === 'SUPERSEDE' && change.id === change.replacement) {
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, 'a statement cannot supersede itself', {
      details: { field: 'by' },
    });
  }
  const outcome = await changeStatus(db, change);
  if (outcome.missing) {
    const replacement = change.kind === 'SUPERSEDE' ? ` or "${change.replacement}"` : '';
    throw new DiplographError(ErrorCode.NOT_FOUND, `no statement "${change.id}"${replacement}`, {
      details: { field: 'id', id: change.id },
    });
  }
  if (outcome.before !== null) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      `statement "${change.id}" is already ${outcome.before.toLowerCase()}`,
      { details: { field: 'id', id: change.id, status: outcome.before } },
    );
  }
}
