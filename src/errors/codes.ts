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
  /** `diplograph import` was asked to load into a database that already holds ingested data. */
  DATABASE_NOT_EMPTY: 'DATABASE_NOT_EMPTY',
  /** `diplograph import` writes store files: it needs the embedded Neo4j, stopped. */
  IMPORT_NEEDS_EMBEDDED: 'IMPORT_NEEDS_EMBEDDED',
  /** Neo4j's offline importer (neo4j-admin database import) failed. */
  IMPORT_FAILED: 'IMPORT_FAILED',
  /** A comparison's arguments are malformed (a date, an empty actor list…). */
  BAD_ARGUMENT: 'BAD_ARGUMENT',
  /** An actor, position or topic named in a request is not in the graph. */
  NOT_FOUND: 'NOT_FOUND',
  /** A request asks for more than the documented limits (actors, positions, cells). */
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  INTERNAL: 'INTERNAL',
  /**
   * Another writer changed the same nodes at the same moment and retrying did not settle it;
   * ingestion is idempotent, so sending the same request again is safe.
   */
  CONFLICT: 'CONFLICT',
  /**
   * The connection died while a transaction was committing: it may or may not have been written.
   * Ingestion is idempotent, so running it again is safe and completes it.
   */
  COMMIT_UNKNOWN: 'COMMIT_UNKNOWN',
  /** An actor, topic, position or place named in an argument or option is no id, name or alias. */
  NAME_UNKNOWN: 'NAME_UNKNOWN',
  /** A name given in an argument or option is the name or alias of several nodes ("Congo"). */
  NAME_AMBIGUOUS: 'NAME_AMBIGUOUS',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * What each code means and what to do about it: the README's list of codes is generated from
 * this (scripts/generate-error-docs.mjs), so a new code cannot go undocumented.
 */
export const ERROR_CODE_MEANINGS: Record<ErrorCode, string> = {
  CONFIG_INVALID: 'an environment variable has a bad value; the message names it',
  PORT_IN_USE:
    'a port Diplograph needs is taken; the message names the port and the variable to set',
  NOT_RUNNING: 'no Neo4j started by `diplograph db start` is running',
  JAVA_NOT_FOUND: 'the embedded Neo4j needs Java (17 or newer) on the PATH',
  MAVEN_NOT_FOUND: 'building the embedded Neo4j launcher (once) needs Maven on the PATH',
  LAUNCHER_BUILD_FAILED: 'building the embedded Neo4j launcher failed; its output follows',
  NEO4J_START_FAILED: 'the embedded Neo4j did not start; the message says why',
  NEO4J_START_TIMEOUT: 'the embedded Neo4j did not answer in time (DIPLOGRAPH_NEO4J_START_TIMEOUT)',
  DB_UNAVAILABLE: 'Neo4j cannot be reached; retry once it is up (`diplograph db status`)',
  DB_AUTH_FAILED: 'Neo4j refused the credentials (NEO4J_USER, NEO4J_PASSWORD)',
  DB_ERROR: 'Neo4j refused a query for a reason of its own; the message has its code',
  NEO4J_PASSWORD_FILE_INSECURE:
    "the embedded Neo4j's password file is readable by others, or unreadable: `chmod 600` it, or delete it for a new one",
  DB_TRANSACTION_TOO_LARGE:
    "one transaction is over Neo4j's memory limit: use `--commit-every`, or more heap",
  MIGRATION_FILE_INVALID: 'a migration file is malformed',
  MIGRATION_CHANGED: 'an applied migration file was edited since; migrations are append-only',
  MIGRATION_FAILED: 'a migration failed; nothing of it was recorded as applied',
  INGEST_INVALID:
    'the input has problems, each listed with its own code, file, line, record and field (docs/ingest-format.md); nothing was written',
  INGEST_SPOOL_FAILED:
    '`--commit-every` could not write its temporary file: free space in `TMPDIR` or point it elsewhere',
  DATABASE_NOT_EMPTY:
    '`diplograph import` loads an empty database only; add to one that holds data with `diplograph ingest`',
  IMPORT_NEEDS_EMBEDDED:
    "`diplograph import` writes the embedded Neo4j's store files: unset NEO4J_URI and stop a running one (`diplograph db stop`), or use `diplograph ingest`",
  IMPORT_FAILED:
    "Neo4j's offline importer failed; the message has its output, and the database holds what it held before",
  BAD_ARGUMENT: 'an argument of a command or query is malformed; the message names it',
  NOT_FOUND: 'an actor, position, topic or statement named in a request is not in the graph',
  LIMIT_EXCEEDED: 'a request asks for more than a documented limit; the message names the limit',
  INTERNAL: 'a bug: please report it (`DIPLOGRAPH_DEBUG=1` prints the stack trace)',
  CONFLICT:
    'another writer changed the same data at the same moment; sending the same write again is safe',
  COMMIT_UNKNOWN:
    'the connection died while a transaction committed, so whether it was written is unknown; running the same ingest again is safe',
  NAME_UNKNOWN:
    'an actor, topic, position or place named in a request is no id, name or alias; the closest names are suggested',
  NAME_AMBIGUOUS:
    'a name given in a request is the name or alias of several nodes; the candidates are listed, give an id',
};
