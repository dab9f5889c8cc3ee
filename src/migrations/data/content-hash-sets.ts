import type { Logger } from '../../config/logger';
import type { Database } from '../../neo4j/database';
import type { QueryFile } from '../../neo4j/query-file';
import { runInTransaction } from '../../neo4j/query-file';
import type { DataMigration } from '../data-migration';
import { forEachPage } from '../data-migration';
import {
  actorsToHash,
  documentsToHash,
  eventsToHash,
  placesToHash,
  positionsToHash,
  setContentHashes,
  statementsToHash,
} from '../data-migrations.queries';
import {
  actorRecordHashes,
  documentRecordHashes,
  eventRecordHashes,
  placeRecordHashes,
  positionRecordHashes,
  statementRecordHashes,
} from './content-hash-rows';
import type { RecordHashes } from './content-hash-rows';

interface HashedRow {
  id: string;
  node: string;
  contentHash: string;
}

interface HashedKind<Row extends HashedRow> {
  kind: string;
  query: QueryFile<Row>;
  hashes: (row: Row) => RecordHashes;
}

const kind =
  <Row extends HashedRow>(k: HashedKind<Row>) =>
  (db: Database, log: Logger) =>
    rehash(db, log, k);

/** Every kind whose hash holds a list whose order carries no meaning (definition-hashes.ts). */
const KINDS = [
  kind({ kind: 'actor', query: actorsToHash, hashes: actorRecordHashes }),
  kind({ kind: 'place', query: placesToHash, hashes: placeRecordHashes }),
  kind({ kind: 'event', query: eventsToHash, hashes: eventRecordHashes }),
  kind({ kind: 'document', query: documentsToHash, hashes: documentRecordHashes }),
  kind({ kind: 'position', query: positionsToHash, hashes: positionRecordHashes }),
  kind({ kind: 'statement', query: statementsToHash, hashes: statementRecordHashes }),
];

/**
 * The new hash of each record that could hold an old one. A record whose lists have at most one
 * member each hashes alike in both forms: if the graph's hash is not that, the record is not
 * rebuilt faithfully from the graph (its original file is then the better judge), and it is left
 * as it is, with a warning, rather than given a hash its own file would conflict with.
 */
function newHash<Row extends HashedRow>(k: HashedKind<Row>, row: Row, log: Logger): string | null {
  const { hashes, orderFreeLists } = k.hashes(row);
  if (hashes.hash === row.contentHash) return null;
  if (orderFreeLists.every((list) => list.length < 2)) {
    log.warn({ kind: k.kind, id: row.id }, 'content hash not recomputed: record read differs');
    return null;
  }
  return hashes.hash;
}

async function rehash<Row extends HashedRow>(
  db: Database,
  log: Logger,
  k: HashedKind<Row>,
): Promise<number> {
  let updated = 0;
  await forEachPage(db, k.query, async (rows) => {
    const changes = rows.flatMap((row) => {
      const contentHash = newHash(k, row, log);
      return contentHash === null ? [] : [{ node: row.node, was: row.contentHash, contentHash }];
    });
    if (changes.length === 0) return;
    const [result] = await db.inWriteTransaction(
      (tx) => runInTransaction(tx, setContentHashes, { rows: changes }),
      `setting ${k.kind} content hashes`,
    );
    updated += result?.updated ?? 0;
    log.debug({ kind: k.kind, updated }, 'content hashes recomputed');
  });
  return updated;
}

/**
 * Issue 26: records written before lists whose order carries no meaning were hashed as sets keep
 * the hash of their file's order; the export writes those lists sorted, so the export of such a
 * graph conflicted with it. Recomputes each hash in the set form from what the graph holds, with
 * ingestion's own functions. What is already in that form (every record written since) is read
 * and left unwritten, so a re-run after an interruption finishes the job and nothing more.
 */
export const contentHashSets: DataMigration = {
  version: 10,
  name: 'content_hash_sets',
  async run(db, log) {
    let updated = 0;
    for (const rehashKind of KINDS) updated += await rehashKind(db, log);
    return updated;
  },
};
