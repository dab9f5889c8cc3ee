/**
 * Every error Diplograph reports carries one of these codes. They are part of the interface:
 * scripts match on them, so a code is never renamed or reused for another meaning.
 */
export const ErrorCode = {
  CONFIG_INVALID: 'CONFIG_INVALID',
  PORT_IN_USE: 'PORT_IN_USE',
  NOT_RUNNING: 'NOT_RUNNING',
  JAVA_NOT_FOUND: 'JAVA_NOT_FOUND',
  MAVEN_NOT_FOUND: 'MAVEN_NOT_FOUND',
  LAUNCHER_BUILD_FAILED: 'LAUNCHER_BUILD_FAILED',
  NEO4J_START_FAILED: 'NEO4J_START_FAILED',
  NEO4J_START_TIMEOUT: 'NEO4J_START_TIMEOUT',
  DB_UNAVAILABLE: 'DB_UNAVAILABLE',
  DB_AUTH_FAILED: 'DB_AUTH_FAILED',
  DB_ERROR: 'DB_ERROR',
  /** The embedded Neo4j's password file can be read by others than its owner, or not read at all. */
  NEO4J_PASSWORD_FILE_INSECURE: 'NEO4J_PASSWORD_FILE_INSECURE',
  /** One transaction needs more memory than Neo4j lets it have; retrying does not help. */
  DB_TRANSACTION_TOO_LARGE: 'DB_TRANSACTION_TOO_LARGE',
  MIGRATION_FILE_INVALID: 'MIGRATION_FILE_INVALID',
  MIGRATION_CHANGED: 'MIGRATION_CHANGED',
  MIGRATION_FAILED: 'MIGRATION_FAILED',
  INGEST_INVALID: 'INGEST_INVALID',
  /** --commit-every could not write or read its temporary plan file (TMPDIR full, unwritable). */
  INGEST_SPOOL_FAILED: 'INGEST_SPOOL_FAILED',
  /** A comparison's arguments are malformed (a date, an empty actor list…). */
  BAD_ARGUMENT: 'BAD_ARGUMENT',
  /** An actor, position or topic named in a request is not in the graph. */
  NOT_FOUND: 'NOT_FOUND',
  /** A request asks for more than the documented limits (actors, positions, cells). */
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  INTERNAL: 'INTERNAL',
  /** An actor, topic, position or place named in an argument or option is no id, name or alias. */
  NAME_UNKNOWN: 'NAME_UNKNOWN',
  /** A name given in an argument or option is the name or alias of several nodes ("Congo"). */
  NAME_AMBIGUOUS: 'NAME_AMBIGUOUS',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
