import { Neo4jError } from 'neo4j-driver';
import { DiplographError, ErrorCode } from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
/**
 * Transient to Neo4j (another transaction may free memory) but, for one transaction too large
 * for the limit, the same on every retry: 100,000 statements in one ingest transaction on a 2 GiB
 * heap end here (docs/benchmarks.md).
 */
const MEMORY_LIMITS = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/**
 * Two writers on the same nodes at once: one MERGE creates what the other was about to (the
 * uniqueness constraint refuses the second), or their locks deadlock and the driver's retries
 * run out. Neither is a fault: the same write again succeeds (ingestion is idempotent).
 */
const CONFLICTS = new Set([
  'Neo.ClientError.Schema.ConstraintValidationFailed',
  'Neo.TransientError.Transaction.DeadlockDetected',
]);

/**
 * The one place where driver errors become ours, by the driver's error code, never by message
 * text. DB_UNAVAILABLE is what clients may retry.
 */
export function fromDriverError(error: unknown, action: string): DiplographError {
  if (error instanceof DiplographError) return error;
  if (error instanceof Neo4jError) {
    if (MEMORY_LIMITS.has(error.code)) {
      return new DiplographError(
        ErrorCode.DB_TRANSACTION_TOO_LARGE,
        `one transaction needs more memory than Neo4j allows (${action}): ${error.message}`,
        {
          hint:
            'send smaller batches (`diplograph ingest --commit-every 10000` commits every ' +
            '10,000 statements, and a re-run resumes) or give Neo4j more heap (DIPLOGRAPH_NEO4J_HEAP)',
          details: { neo4jCode: error.code },
          cause: error,
        },
      );
    }
    if (CONFLICTS.has(error.code)) {
      return new DiplographError(
        ErrorCode.CONFLICT,
        `another write changed the same data at the same moment (${action}); nothing of this one was written`,
        {
          hint: 'send the same request again: ingestion is idempotent',
          details: { neo4jCode: error.code },
          cause: error,
        },
      );
    }
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
