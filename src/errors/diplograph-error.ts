import type { ErrorCode } from './codes';

export interface DiplographErrorOptions {
  /** What the user can do about it. */
  hint?: string;
  /** Where the problem is: a file, a record, a field. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** An error with a stable code, surfaced unchanged by the CLI and, later, the API. */
export class DiplographError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: DiplographErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DiplographError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? {};
  }
}

export function isDiplographError(error: unknown): error is DiplographError {
  return error instanceof DiplographError;
}
