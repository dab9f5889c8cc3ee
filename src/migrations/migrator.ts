import type { Logger } from '../config/logger';
import { fromRoot } from '../config/paths';
import { DiplographError, ErrorCode } from '../errors';
import type { Database } from '../neo4j/database';
import { runInTransaction } from '../neo4j/query-file';
import type { DataMigration } from './data-migration';
import { DATA_MIGRATIONS } from './data';
import type { MigrationFile } from './migration-files';
import { listMigrations, runDataMigration } from './migration-list';
import type { Migration } from './migration-list';
import { migrationConstraint, migrationRecord, migrationsApplied } from './migrations.queries';
import type { AppliedMigration } from './migrations.queries';

export const MIGRATIONS_DIR = fromRoot('cypher', 'migrations');

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies the migrations the graph has not had, in order, each recorded with its checksum:
 * the Cypher files of `dir` and the data migrations (src/migrations/data), numbered together.
 * A statement runs in a transaction of its own because Neo4j does not mix schema and data
 * changes in one (or in several, when it says `IN TRANSACTIONS`); so a migration's statements
 * must be idempotent (IF NOT EXISTS, MERGE): one that failed half-way is re-run whole next time.
 * A data migration commits page by page and is idempotent too (data-migration.ts).
 */
export async function migrate(
  db: Database,
  log: Logger,
  dir: string = MIGRATIONS_DIR,
  steps: readonly DataMigration[] = DATA_MIGRATIONS,
): Promise<MigrationReport> {
  const files = listMigrations(dir, steps);
  await db.write(migrationConstraint.text());
  const applied = await appliedMigrations(db);
  refuseChangedMigrations(files, applied);

  const report: MigrationReport = { applied: [], alreadyApplied: 0 };
  for (const migration of files) {
    if (applied.has(migration.version)) {
      report.alreadyApplied += 1;
      continue;
    }
    await apply(db, log, migration);
    report.applied.push(migration.file);
    log.info({ migration: migration.file }, 'migration applied');
  }
  if (report.applied.length > 0) {
    // Constraints and full-text indexes are built in the background; callers expect them usable.
    await db.write('CALL db.awaitIndexes(300)');
  }
  return report;
}

async function appliedMigrations(db: Database): Promise<Map<number, AppliedMigration>> {
  const rows = await db.rows(migrationsApplied);
  return new Map(rows.map((row) => [row.version, row]));
}

function refuseChangedMigrations(files: Migration[], applied: Map<number, AppliedMigration>): void {
  for (const file of files) {
    const record = applied.get(file.version);
    if (record && ![file.checksum, ...file.replacesChecksums].includes(record.checksum)) {
      throw new DiplographError(
        ErrorCode.MIGRATION_CHANGED,
        `${file.file} was changed after it was applied to this graph (applied as ${record.file})`,
        {
          hint: 'restore the file as it was and put the change in a new migration with the next number',
          details: {
            file: file.file,
            appliedChecksum: record.checksum,
            fileChecksum: file.checksum,
          },
        },
      );
    }
  }
}

/** A statement that commits in batches, for data too large for one transaction. */
const IN_TRANSACTIONS = /\bIN\s+TRANSACTIONS\b/i;

export async function runMigrationStatement(db: Database, statement: string): Promise<void> {
  if (IN_TRANSACTIONS.test(statement)) await db.writeInBatches(statement);
  else await db.write(statement);
}

async function apply(db: Database, log: Logger, migration: Migration): Promise<void> {
  if ('data' in migration.kind) await runDataMigration(db, log, migration, migration.kind.data);
  else await applyStatements(db, migration.kind.cypher);
  await db.inWriteTransaction(
    (tx) =>
      runInTransaction(tx, migrationRecord, {
        version: migration.version,
        name: migration.name,
        file: migration.file,
        checksum: migration.checksum,
      }),
    `recording ${migration.file}`,
  );
}

async function applyStatements(db: Database, migration: MigrationFile): Promise<void> {
  for (const [index, statement] of migration.statements.entries()) {
    try {
      await runMigrationStatement(db, statement);
    } catch (error) {
      throw new DiplographError(
        ErrorCode.MIGRATION_FAILED,
        `${migration.file}: statement ${index + 1} failed: ${error instanceof Error ? error.message : String(error)}`,
        { details: { file: migration.file, statement: index + 1 }, cause: error },
      );
    }
  }
}
