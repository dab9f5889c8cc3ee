import type { Logger } from '../config/logger';
import { DiplographError, ErrorCode } from '../errors';
import type { Database } from '../neo4j/database';
import type { DataMigration } from './data-migration';
import { dataMigrationChecksum, dataMigrationFile } from './data-migration';
import { readMigrations } from './migration-files';
import type { MigrationFile } from './migration-files';

/** A Cypher migration file or a data migration: what the runner applies and records. */
export interface Migration {
  version: number;
  name: string;
  file: string;
  checksum: string;
  replacesChecksums: string[];
  /** What is applied: the file's statements, or the step's code. */
  kind: { cypher: MigrationFile } | { data: DataMigration };
}

function ofData(step: DataMigration): Migration {
  return {
    version: step.version,
    name: step.name,
    file: dataMigrationFile(step),
    checksum: dataMigrationChecksum(step),
    replacesChecksums: [],
    kind: { data: step },
  };
}

/**
 * The Cypher migrations of `dir` and the data migrations, in version order; two with one
 * version are an error naming both.
 */
export function listMigrations(dir: string, steps: readonly DataMigration[]): Migration[] {
  const all: Migration[] = [
    ...readMigrations(dir).map((file) => ({ ...file, kind: { cypher: file } })),
    ...steps.map(ofData),
  ].sort((a, b) => a.version - b.version);
  for (let i = 1; i < all.length; i++) {
    const [previous, current] = [all[i - 1]!, all[i]!];
    if (previous.version === current.version) {
      throw new DiplographError(
        ErrorCode.MIGRATION_FILE_INVALID,
        `${previous.file} and ${current.file} have the same version ${current.version}`,
        { details: { files: [previous.file, current.file] } },
      );
    }
  }
  return all;
}

/** Runs a data migration, naming it in any failure (MIGRATION_FAILED) but a Diplograph error. */
export async function runDataMigration(
  db: Database,
  log: Logger,
  migration: Migration,
  step: DataMigration,
): Promise<void> {
  try {
    const changed = await step.run(db, log);
    log.info({ migration: migration.file, changed }, 'data migration run');
  } catch (error) {
    if (error instanceof DiplographError && error.code !== ErrorCode.INTERNAL) throw error;
    throw new DiplographError(
      ErrorCode.MIGRATION_FAILED,
      `${migration.file} failed: ${error instanceof Error ? error.message : String(error)}`,
      { details: { file: migration.file }, cause: error },
    );
  }
}
