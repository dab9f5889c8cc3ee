import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import { DiplographError, ErrorCode } from '../errors';
import { migrate } from '../migrations/migrator';
import { Database } from '../neo4j/database';
import { readLiveLocalState } from '../neo4j/local-state';
import { acquireNeo4j } from '../neo4j/neo4j-target';
import { DEFAULT_BATCH_SIZE } from '../ingest/ingest';
import type { IngestInput } from '../ingest/read/inputs';
import { runAdminImport } from './admin-import';
import type { CsvTable } from './csv-table';
import { finishImport } from './finish-import';
import { prepareImport } from './prepare-import';
import type { Prepared } from './prepare-import';

export interface ImportReport {
  files: string[];
  /** Statement records read, and those written (a statement given twice counts once there). */
  statements: number;
  statementsNew: number;
  stances: number;
  quotes: number;
  /** Seconds of each stage: read, validate and plan with the CSV files; the importer; start, schema and migrations. */
  stages: { prepare: number; csv: number; importer: number; finish: number };
  seconds: number;
}

/**
 * `diplograph import`: a first load into an empty embedded database through Neo4j's offline
 * importer. Order (docs/ingest.md, "Bulk import"): start the database and migrate it (reference
 * data, as for any command); refuse it if it holds ingested data; read, validate and plan exactly
 * as ingest does, writing the plan as CSV with a snapshot of the reference data and the migration
 * records; stop; import, replacing the store; start; make the constraints and indexes again
 * (migrations find themselves applied), and stop. Invalid input: INGEST_INVALID, store untouched.
 */
export async function bulkImport(
  config: Config,
  log: Logger,
  inputs: IngestInput[],
  options: { batchSize?: number } = {},
): Promise<ImportReport> {
  const started = performance.now();
  refuseUnlessEmbeddedAndStopped(config);
  const { dataDir } = config.localNeo4j;
  mkdirSync(dataDir, { recursive: true });
  const stagingDir = mkdtempSync(path.join(dataDir, 'import-'));
  try {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const prepared = await withDatabase(config, log, (db) =>
      prepareImport(db, inputs, stagingDir, batchSize),
    );
    const prepare = seconds(started);
    const importing = performance.now();
    await importOrRestore(config, log, stagingDir, prepared);
    const importer = seconds(importing);
    const finishing = performance.now();
    await withDatabase(config, log, (db) => finishImport(db, prepared, log), {
      migrateFirst: false,
    });
    const { tally } = prepared;
    return {
      files: prepared.files,
      ...tally,
      stages: { prepare, csv: prepared.csvSeconds, importer, finish: seconds(finishing) },
      seconds: seconds(started),
    };
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
  }
}

function refuseUnlessEmbeddedAndStopped(config: Config): void {
  if (config.neo4j) {
    throw new DiplographError(
      ErrorCode.IMPORT_NEEDS_EMBEDDED,
      `import writes the embedded Neo4j's store files, and NEO4J_URI points at a server (${config.neo4j.uri})`,
      {
        hint: 'unset NEO4J_URI for the embedded database, or load that server with `diplograph ingest`',
      },
    );
  }
  const running = readLiveLocalState(config.localNeo4j.dataDir);
  if (running) {
    throw new DiplographError(
      ErrorCode.IMPORT_NEEDS_EMBEDDED,
      `an embedded Neo4j is running on ${config.localNeo4j.dataDir} (pid ${running.pid}); the importer needs it stopped`,
      { hint: 'stop it with `diplograph db stop`, or add to it with `diplograph ingest`' },
    );
  }
}

/** A failed import leaves no store: the reference data alone is imported again. */
async function importOrRestore(
  config: Config,
  log: Logger,
  stagingDir: string,
  prepared: Prepared,
): Promise<void> {
  const run = (tables: readonly CsvTable[]) =>
    runAdminImport(
      {
        dataDir: config.localNeo4j.dataDir,
        stagingDir,
        database: config.credentials.database,
        heap: config.localNeo4j.heap,
        tables,
      },
      log,
    );
  try {
    await run(prepared.tables);
  } catch (error) {
    log.warn('the import failed: restoring the database as it was (reference data only)');
    await run(prepared.referenceTables);
    await withDatabase(
      config,
      log,
      (db) => finishImport(db, { ...prepared, emptyLists: prepared.referenceEmptyLists }, log),
      {
        migrateFirst: false,
      },
    );
    throw error;
  }
}

/** The embedded database started for one stage and stopped after it. */
async function withDatabase<T>(
  config: Config,
  log: Logger,
  use: (db: Database) => Promise<T>,
  { migrateFirst = true } = {},
): Promise<T> {
  const target = await acquireNeo4j(config, log);
  const db = new Database(target.connection);
  try {
    await db.waitUntilAvailable(config.localNeo4j.startTimeoutMs);
    if (migrateFirst) await migrate(db, log);
    return await use(db);
  } finally {
    await db.close();
    await target.release();
  }
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 10) / 100;
}
