import { userInfo } from 'node:os';
import { applyStatusChange } from '../../statements/status';
import type { StatusChange } from '../../statements/status';
import type { CommandContext } from '../context';
import { withDatabase } from '../with-database';

/** Who the change is recorded as made by: the --by option, or the user running the command. */
export function changedBy(by: string | undefined): string {
  return by ?? `cli:${userInfo().username}`;
}

/** retract, supersede: the path of the API's retractStatement and supersedeStatement. */
export async function statusCommand(context: CommandContext, change: StatusChange): Promise<void> {
  await withDatabase(context, (db) => applyStatusChange(db, change));
  const what = change.kind === 'RETRACT' ? 'retracted' : `superseded by ${change.replacement}`;
  process.stdout.write(`statement ${change.id} ${what}\n`);
}
