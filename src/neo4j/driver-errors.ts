import { Neo4jError } from 'neo4j-driver';
import { DiplographError, ErrorCode } from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * The one place where driver errors become ours, by the driver's error code, never by message
 * text. DB_UNAVAILABLE is what clients may retry.
 */
export function fromDriverError(error: unknown, action: string): DiplographError {
  if (error instanceof DiplographError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code) || error.retriable) {
      return new DiplographError(ErrorCode.DB_UNAVAILABLE, `Neo4j is unavailable (${action})`, {
        hint: 'is the database running? `diplograph db status` tells',
        details: { neo4jCode: error.code },
        cause: error,
      });
    }
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return new DiplographError(
        ErrorCode.DB_AUTH_FAILED,
        `Neo4j refused the credentials (${action})`,
        {
          hint: 'check NEO4J_USER and NEO4J_PASSWORD',
          details: { neo4jCode: error.code },
          cause: error,
        },
      );
    }
    return new DiplographError(
      ErrorCode.DB_ERROR,
      `Neo4j error while ${action}: ${error.message}`,
      {
        details: { neo4jCode: error.code },
        cause: error,
      },
    );
  }
  return new DiplographError(ErrorCode.INTERNAL, `unexpected error while ${action}`, {
    cause: error,
  });
}
