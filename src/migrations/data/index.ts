import type { DataMigration } from '../data-migration';
import { contentHashSets } from './content-hash-sets';
import { statementFingerprints } from './statement-fingerprints';

/** The project's data migrations, numbered with cypher/migrations (one module a step). */
export const DATA_MIGRATIONS: readonly DataMigration[] = [statementFingerprints, contentHashSets];
