import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
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
    const session = this.driver.session({ database: this.name });
    try {
      await session.run(cypher, params);
    } catch (error) {
      throw fromDriverError(error, 'writing in batches');
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
    const session = this.driver.session({ database: this.name });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      if (error instanceof DiplographError) throw error;
      throw fromDriverError(error, typeof doing === 'function' ? doing() : doing);
    } finally {
      await session.close();
    }
  }

  private async execute<R extends RecordShape>(
    cypher: string,
    params: Params,
    routing: 'READ' | 'WRITE',
  ): Promise<QueryResult<R>> {
    try {
      return await this.driver.executeQuery<QueryResult<R>>(cypher, params, {
        database: this.name,
        routing: neo4j.routing[routing],
      });
    } catch (error) {
      throw fromDriverError(error, routing === 'READ' ? 'reading' : 'writing');
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
      const record = records[0];
      return {
        version: record?.get('version') ?? 'unknown',
        edition: record?.get('edition') ?? 'unknown',
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      };
    } catch (error) {
      throw fromDriverError(error, 'checking the connection');
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

  async close(): Promise<void> {
    await this.driver.close();
  }
}
