import { GraphQLError } from 'graphql';

/** The codes a client sees in `errors[].extensions.code`; stable, part of the API. */
export const ApiErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  DB_UNAVAILABLE: 'DB_UNAVAILABLE',
  INTERNAL: 'INTERNAL',
  /** A write collided with another one on the same nodes; sending it again is safe. */
  CONFLICT: 'CONFLICT',
  /** The connection died during the commit: written or not is unknown; sending it again is safe. */
  COMMIT_UNKNOWN: 'COMMIT_UNKNOWN',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

/** What each API code means, for the README (scripts/generate-error-docs.mjs). */
export const API_ERROR_MEANINGS: Record<ApiErrorCode, string> = {
  BAD_USER_INPUT:
    'the request is malformed: a syntax error, an unknown field, a variable of the wrong type (`extensions.variable` names it), a bad argument (`extensions.argument`), invalid ingestion input (`extensions.issues`); HTTP 400 when nothing ran',
  UNAUTHENTICATED: 'no API key, or an unknown one (HTTP 401)',
  FORBIDDEN: "the key's role does not allow the operation",
  NOT_FOUND:
    'a named actor, position, topic or statement is not in the graph; HTTP 404 for unknown paths',
  LIMIT_EXCEEDED:
    'over a limit: depth, cost, aliases, directives, tokens (HTTP 400), page size, body size (HTTP 413)',
  DB_UNAVAILABLE: 'the database is down; retry shortly (answered at once while it is known down)',
  INTERNAL: 'a fault of the server; in production only "Internal error." (the log has the rest)',
  CONFLICT:
    'a write collided with a concurrent one on the same data after the server retried it; sending it again is safe',
  COMMIT_UNKNOWN:
    'the database connection died while the write committed: it may or may not be written; sending it again is safe',
};

export function apiError(
  code: ApiErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}
