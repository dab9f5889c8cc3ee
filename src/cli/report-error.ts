import { CommanderError } from 'commander';
import { isDiplographError } from '../errors';

/** The CLI's exit codes, documented in the README (scripts/generate-error-docs.mjs). */
export const EXIT_CODES = {
  0: 'success',
  1: 'a Diplograph error: `error CODE: message` and a `hint:` line on stderr (codes below)',
  2: 'bad usage: an unknown command or option, a missing argument',
  70: 'a bug (`error INTERNAL`): please report it; `DIPLOGRAPH_DEBUG=1` prints its stack trace',
} as const;

/**
 * Prints an error for a person and returns the exit code. Never a stack trace unless asked for
 * (DIPLOGRAPH_DEBUG=1): a user's mistake is a Diplograph error with a code, and a bug is said to
 * be one.
 */
export function reportError(error: unknown, env: NodeJS.ProcessEnv = process.env): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  const debug = env.DIPLOGRAPH_DEBUG === '1' || env.DIPLOGRAPH_DEBUG === 'true';
  if (isDiplographError(error)) {
    process.stderr.write(`error ${error.code}: ${error.message}\n`);
    if (error.hint) process.stderr.write(`hint: ${error.hint}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack)
      process.stderr.write(`${error.cause.stack}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error INTERNAL: ${message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else
    process.stderr.write(
      'hint: this is a bug in Diplograph; run again with DIPLOGRAPH_DEBUG=1 for the stack trace to report\n',
    );
  return 70;
}
