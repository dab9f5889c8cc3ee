import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../neo4j/cypher-files';
import type { Database } from '../../neo4j/database';
import { fromDriverError } from '../../neo4j/driver-errors';
import type { WritePlan } from './rows';

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

/** Each query of cypher/ingest/write-*.cypher, in dependency order, with the rows it takes. */
const STEPS: { file: string; rows: (plan: WritePlan) => unknown[] }[] = [
  { file: 'write-01-actors.cypher', rows: (p) => p.actors },
  { file: 'write-02-roles.cypher', rows: (p) => p.roles },
  { file: 'write-03-topics.cypher', rows: (p) => p.topics },
  { file: 'write-04-places.cypher', rows: (p) => p.places },
  { file: 'write-05-events.cypher', rows: (p) => p.events },
  { file: 'write-06-sources.cypher', rows: (p) => p.sources },
  { file: 'write-07-documents.cypher', rows: (p) => p.documents },
  { file: 'write-08-positions.cypher', rows: (p) => p.positions },
  { file: 'write-08b-plans-and-red-lines.cypher', rows: (p) => p.positions },
  { file: 'write-09-position-links.cypher', rows: (p) => p.positions },
  { file: 'write-10-statements.cypher', rows: (p) => p.statements },
  { file: 'write-11-quotes.cypher', rows: (p) => p.quotes },
  { file: 'write-12-stances.cypher', rows: (p) => p.stances },
];

/**
 * Writes a plan in ONE transaction, in UNWIND batches of `batchSize` rows: all or nothing. The
 * driver retries the whole transaction on transient errors, which is safe because every write
 * is a MERGE.
 */
export async function writePlan(
  db: Database,
  plan: WritePlan,
  batchSize: number,
): Promise<WriteCounters> {
  const session = db.driver.session({ database: db.name });
  try {
    return await session.executeWrite(async (tx) => runSteps(tx, plan, batchSize));
  } catch (error) {
    throw fromDriverError(error, 'writing the batch (nothing was written)');
  } finally {
    await session.close();
  }
}

async function runSteps(
  tx: ManagedTransaction,
  plan: WritePlan,
  batchSize: number,
): Promise<WriteCounters> {
  const counters: WriteCounters = {
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    labelsAdded: 0,
  };
  for (const step of STEPS) {
    const rows = step.rows(plan);
    for (let start = 0; start < rows.length; start += batchSize) {
      const result = await tx.run(cypher(`ingest/${step.file}`), {
        rows: rows.slice(start, start + batchSize),
      });
      const updates = result.summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.propertiesSet += updates.propertiesSet;
      counters.labelsAdded += updates.labelsAdded;
    }
  }
  return counters;
}
