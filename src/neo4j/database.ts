import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, RecordShape, Session } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jConnection } from '../config/config';
import { DiplographError, ErrorCode } from '../errors';
import { fromDriverError } from './driver-errors';
import { rowsOf } from './query-file';
import type { QueryFile } from './query-file';

export type Params = Record<string, unknown>;

export interface DatabaseInfo {
  version: string;
  edition: string;
  latencyMs: number;
}

/**
 * The application's handle on one Neo4j database. Reads go through read transactions so a
 * cluster (neo4j:// routing) can send them to followers; writes through write transactions,
 * which the driver retries on transient errors.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly uri: string;

  /**
   * Set when Neo4j was found unreachable, cleared when it answers again. While set, each
   * operation first pings (one attempt, shared by concurrent callers) instead of letting the
   * driver retry for up to maxTransactionRetryTime: a request answers DB_UNAVAILABLE in
   * milliseconds, and the first one after Neo4j is back goes through as before.
   */
  private down = false;
  private probing: Promise<void> | undefined;

  constructor(connection: Neo4jConnection) {
    this.uri = connection.uri;
    this.name = connection.database;
    this.driver = neo4j.driver(
      connection.uri,
      neo4j.auth.basic(connection.user, connection.password),
      {
        // Our numbers (counts, years) fit in a double; ids are strings.
        disableLosslessIntegers: true,
        userAgent: 'diplograph',
        connectionAcquisitionTimeout: 10_000,
        connectionTimeout: 5_000,
        maxTransactionRetryTime: 15_000,
      },
    );
  }

  read<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    return this.execute<R>(cypher, params, 'READ');
  }

  write<R extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
  ): Promise<QueryResult<R>> {
    return this.execute<R>(cypher, params, 'WRITE');
  }

  /** A declared query's rows, read in a read transaction. */
  async rows<Row extends RecordShape>(query: QueryFile<Row>, params: Params = {}): Promise<Row[]> {
    return rowsOf(await this.read<Row>(query.text(), params));
  }

  /**
   * A query that commits as it goes (`CALL { … } IN TRANSACTIONS`), which only an auto-commit
   * transaction may run: the driver does not retry it, so it must be safe to run again.
   */
  async writeInBatches(cypher: string, params: Params = {}): Promise<void> {
    await this.failFast();
    const session = this.writeSession();
    try {
      await session.run(cypher, params);
    } catch (error) {
      throw this.failure(error, 'writing in batches');
    } finally {
      await session.close();
    }
  }

  /**
   * Several queries in one write transaction, which the driver retries whole on transient
   * errors; an error thrown by `work` rolls it back. `doing` names the work in a driver error
   * (a function: named when it fails).
   */
  async inWriteTransaction<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    doing: string | (() => string) = 'writing',
  ): Promise<T> {
    await this.failFast();
    const session = this.writeSession();
    // Whether an attempt's work was done and its commit sent: the driver retries a commit that
    // failed on a lost connection, and if the retry cannot even begin, that commit's fate is
    // still unknown.
    let committing = false;
    try {
      return await session.executeWrite(async (tx) => {
        const result = await work(tx);
        committing = true;
        return result;
      });
    } catch (error) {
      if (error instanceof DiplographError) throw error;
      const failure = this.failure(error, typeof doing === 'function' ? doing() : doing);
      throw committing && failure.code === ErrorCode.DB_UNAVAILABLE
        ? commitUnknown(failure)
        : failure;
    } finally {
      await session.close();
    }
  }

  /**
   * A session for writes that hands its bookmarks to the manager `executeQuery` reads with: in a
   * cluster, a read after a write then waits until its server has the write (read your own
   * writes), instead of answering from a secondary that has not caught up. On one server the
   * bookmarks cost nothing.
   */
  private writeSession(): Session {
    return this.driver.session({
      database: this.name,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private async execute<R extends RecordShape>(
    cypher: string,
    params: Params,
    routing: 'READ' | 'WRITE',
  ): Promise<QueryResult<R>> {
    await this.failFast();
    try {
      return await this.driver.executeQuery<QueryResult<R>>(cypher, params, {
        database: this.name,
        routing: neo4j.routing[routing],
      });
    } catch (error) {
      throw this.failure(error, routing === 'READ' ? 'reading' : 'writing');
    }
  }

  /** One attempt, no retries: a health check must answer at once, up or down. */
  async ping(): Promise<DatabaseInfo> {
    const started = performance.now();
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const { records } = await session.run<{ version: string; edition: string }>(
        'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      );
      this.down = false;
      const record = records[0];
      return {
        version: record?.get('version') ?? 'unknown',
        edition: record?.get('edition') ?? 'unknown',
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      };
    } catch (error) {
      throw this.failure(error, 'checking the connection');
    } finally {
      await session.close();
    }
  }

  /** Waits for the database to answer, for servers still starting (compose, a restarted Aura). */
  async waitUntilAvailable(timeoutMs: number): Promise<DatabaseInfo> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await this.ping();
      } catch (error) {
        if (!(error instanceof DiplographError) || error.code !== ErrorCode.DB_UNAVAILABLE)
          throw error;
        if (Date.now() > deadline) throw error;
        await sleep(500);
      }
    }
  }

  /** A driver error as ours; DB_UNAVAILABLE also marks the database down (see `down`). */
  private failure(error: unknown, action: string): DiplographError {
    const failure = fromDriverError(error, action);
    if (failure.code === ErrorCode.DB_UNAVAILABLE) this.down = true;
    return failure;
  }

  /** While the database is known down: one ping decides, and throws DB_UNAVAILABLE at once. */
  private async failFast(): Promise<void> {
    if (!this.down) return;
    this.probing ??= this.ping()
      .then(() => undefined)
      .finally(() => {
        this.probing = undefined;
      });
    await this.probing;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * The connection died after the work was sent and while it committed: the server may have
 * committed it or not, and no one can say which from here. Never "nothing was written".
 */
function commitUnknown(failure: DiplographError): DiplographError {
  return new DiplographError(
    ErrorCode.COMMIT_UNKNOWN,
    'the connection to Neo4j was lost while the transaction committed: whether it was written is unknown',
    {
      hint: 'run the same ingest again once the database is up: ingestion is idempotent, so a re-run completes the write or changes nothing',
      details: failure.details,
      cause: failure,
    },
  );
}
