import { queryFile } from '../neo4j/query-file';

/** The migration runner's own queries (cypher/internal/) and their rows. */

export interface AppliedMigration {
  version: number;
  name: string;
  file: string;
  checksum: string;
}

/** The runner's own bookkeeping: one :Migration node per applied file. Returns no rows. */
export const migrationConstraint = queryFile<Record<never, never>>(
  'internal/migration-constraint.cypher',
  {},
);

/** Which migrations this graph has had, in order. */
export const migrationsApplied = queryFile<AppliedMigration>('internal/migrations-applied.cypher', {
  version: true,
  name: true,
  file: true,
  checksum: true,
});

/** Records one applied migration. Params: $version, $name, $file, $checksum. */
export const migrationRecord = queryFile<{ version: number }>('internal/migration-record.cypher', {
  version: true,
});
