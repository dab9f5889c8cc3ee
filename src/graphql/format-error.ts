import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../config/logger';
import { DiplographError, ErrorCode } from '../errors';
import { ApiErrorCode } from './errors';

/** Errors of the service layer that are the request's fault, and the API code each becomes. */
const REQUEST_ERRORS: Partial<Record<ErrorCode, ApiErrorCode>> = {
  [ErrorCode.BAD_ARGUMENT]: ApiErrorCode.BAD_USER_INPUT,
  [ErrorCode.NOT_FOUND]: ApiErrorCode.NOT_FOUND,
  [ErrorCode.LIMIT_EXCEEDED]: ApiErrorCode.LIMIT_EXCEEDED,
  [ErrorCode.DB_TRANSACTION_TOO_LARGE]: ApiErrorCode.LIMIT_EXCEEDED,
  [ErrorCode.CONFLICT]: ApiErrorCode.CONFLICT,
  [ErrorCode.COMMIT_UNKNOWN]: ApiErrorCode.COMMIT_UNKNOWN,
  [ErrorCode.NAME_UNKNOWN]: ApiErrorCode.NOT_FOUND,
  [ErrorCode.NAME_AMBIGUOUS]: ApiErrorCode.BAD_USER_INPUT,
};

/** Armor's limit errors, and graphql-js's token limit (ParseOptions.maxTokens). */
const LIMIT_MESSAGE = /(depth limit|cost limit|aliases limit|directives limit|token limit)/i;
const TOKENS_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;
const PARSE_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * A limit's refusal worded as a limit: Armor and graphql-js report them as "Syntax Error: …",
 * which they are not.
 */
export function limitError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const tokens = TOKENS_MESSAGE.exec(formatted.message);
  if (tokens)
    return {
      message: `Token limit of ${tokens[1]} exceeded: the document is longer.`,
      extensions: { code: ApiErrorCode.LIMIT_EXCEEDED },
    };
  if (!LIMIT_MESSAGE.test(formatted.message)) return undefined;
  return {
    ...formatted,
    message: formatted.message.replace(/^Syntax Error: /, ''),
    extensions: { code: ApiErrorCode.LIMIT_EXCEEDED },
  };
}

/**
 * Every GraphQL error becomes one of the stable API codes. The caller's mistakes keep their
 * message (it names the argument or variable); the database going away is DB_UNAVAILABLE; only
 * real faults are INTERNAL, logged with their stack, and in production reduced to "Internal
 * error." No stack trace reaches a client in any mode (the log has it).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
  log: Logger,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  const code = formatted.extensions?.code;
  const limit = limitError(formatted);
  if (limit) return limit;
  if (typeof code === 'string' && code in ApiErrorCode && code !== 'INTERNAL') return formatted;
  if (typeof code === 'string' && PARSE_CODES.has(code))
    return { ...formatted, extensions: { code: ApiErrorCode.BAD_USER_INPUT } };
  const at = formatted.path ? { path: formatted.path } : {};
  const asked = original instanceof DiplographError ? REQUEST_ERRORS[original.code] : undefined;
  if (asked && original instanceof DiplographError) {
    // The caller's own mistake, or a retryable outcome: the message and details name the
    // argument or what to do, nothing internal.
    return {
      message: original.message,
      ...at,
      extensions: {
        code: asked,
        details: original.details,
        // A name that is unknown or ambiguous: the nodes meant, for a client to offer.
        ...('suggestions' in original.details ? { suggestions: original.details.suggestions } : {}),
        ...(original.hint ? { hint: original.hint } : {}),
      },
    };
  }
  if (
    original instanceof DiplographError &&
    (original.code === ErrorCode.DB_UNAVAILABLE || original.code === ErrorCode.DB_AUTH_FAILED)
  ) {
    return {
      message: 'The database is unavailable; try again shortly.',
      ...at,
      extensions: { code: ApiErrorCode.DB_UNAVAILABLE },
    };
  }
  log.error({ err: original }, 'GraphQL request failed');
  return {
    message: production ? 'Internal error.' : formatted.message,
    ...at,
    extensions: { code: ApiErrorCode.INTERNAL },
  };
}
