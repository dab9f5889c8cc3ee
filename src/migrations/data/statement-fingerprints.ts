import { dateAtPrecision } from '../../export/records';
import { statementFingerprint } from '../../model/ids';
import { runInTransaction } from '../../neo4j/query-file';
import type { DataMigration } from '../data-migration';
import { forEachPage } from '../data-migration';
import { setFingerprints, statementsWithoutFingerprint } from '../data-migrations.queries';
import type { FingerprintInputRow } from '../data-migrations.queries';

/**
 * The fingerprint of a statement from what the graph holds: the same as ingestion computes from
 * its record (References.fingerprintOf), the date written back at its precision as it was given.
 */
export function fingerprintOfRow(row: FingerprintInputRow): string {
  return statementFingerprint({
    speakers: row.speakers,
    date: dateAtPrecision(row.date, row.datePrecision),
    onBehalfOf: row.onBehalfOf,
    quotes: row.quotes,
    summary: row.summary ?? undefined,
  });
}

/**
 * Issue 20: statements written before migration 008 have no fingerprint, so a look-alike of one
 * under another id was not refused as DUPLICATE_STATEMENT. Gives each its fingerprint; those
 * that have one (every statement written since) are not read.
 */
export const statementFingerprints: DataMigration = {
  version: 9,
  name: 'statement_fingerprints',
  async run(db, log) {
    let updated = 0;
    await forEachPage(db, statementsWithoutFingerprint, async (rows) => {
      const fingerprints = rows.map((row) => ({ id: row.id, fingerprint: fingerprintOfRow(row) }));
      const [result] = await db.inWriteTransaction(
        (tx) => runInTransaction(tx, setFingerprints, { rows: fingerprints }),
        'setting statement fingerprints',
      );
      updated += result?.updated ?? 0;
      log.info({ migration: '009_statement_fingerprints', updated }, 'fingerprints set');
    });
    return updated;
  },
};
