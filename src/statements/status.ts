import { MODALITIES } from '../model/vocabulary';
import { cypher } from '../neo4j/cypher-files';
import type { Database } from '../neo4j/database';

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
 * once. A statement that already has a status is left as it is.
 */
export async function changeStatus(db: Database, change: StatusChange): Promise<StatusOutcome> {
  const [file, params] =
    change.kind === 'RETRACT'
      ? ['statements/retract.cypher', { id: change.id, reason: change.reason, by: change.by }]
      : [
          'statements/supersede.cypher',
          { id: change.id, by: change.replacement, reason: change.reason, caller: change.by },
        ];
  return db.inWriteTransaction(async (tx) => {
    const { records } = await tx.run(cypher(file), params);
    if (records.length === 0) return { missing: true };
    const before = records[0]!.get('before') as string | null;
    if (before === null) {
      await tx.run(cypher('statements/refresh-stance-months.cypher'), {
        statementIds: [change.id],
        modalities: MODALITIES,
      });
    }
    return { missing: false, before };
  }, `changing the status of statement ${change.id}`);
}
