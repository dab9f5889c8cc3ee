import type { Logger } from '../config/logger';
import { fromRoot } from '../config/paths';
import type { Database } from '../neo4j/database';
import { expandInputs, ingest } from './ingest';
import type { IngestReport } from './ingest';

export const SEED_DIR = fromRoot('data', 'seed');

/** Loads data/seed when the graph holds no statement yet (a new database); else does nothing. */
export async function seedIfEmpty(db: Database, log: Logger): Promise<IngestReport | undefined> {
  const { records } = await db.read<{ empty: boolean }>(
    'RETURN NOT EXISTS { MATCH (:Statement) } AS empty',
  );
  if (!records[0]?.get('empty')) return undefined;
  const report = await ingest(db, expandInputs([SEED_DIR]));
  log.info({ statements: report.statements, stances: report.stances }, 'seed data loaded');
  return report;
}
