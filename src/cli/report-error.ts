import { CommanderError } from 'commander';
import { isDiplographError } from '../errors';

/** Exit codes: 1 a Diplograph error (its code printed), 2 bad usage, 70 a bug. */
export function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (isDiplographError(error)) {
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
    if (error.hint) process.stderr.write(`hint: ${error.hint}\n`);
    return 1;
  }
  process.stderr.write(
    `error INTERNAL: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 70;
}
