import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../neo4j/cypher-files';
import type { Database } from '../../neo4j/database';
import { fromDriverError } from '../../neo4j/driver-errors';
import type { WritePlan } from './rows';
import { splitPlan } from './split-plan';

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

export interface WriteOptions {
  /** Rows per UNWIND query. */
  batchSize: number;
  /** Commit after this many statements instead of once for the whole run. */
  commitEvery?: number;
  /** Called as statements are written: how many so far, of how many. */
  onProgress?: (written: number, total: number) => void;
}

/**
 * Writes a plan in ONE transaction, in UNWIND batches: all or nothing. With `commitEvery`, one
 * transaction per part (splitPlan); a failed run leaves whole parts written, and running it
 * again completes it, because every write is a MERGE on an id. The driver retries a
 * transaction whole on transient errors, which is safe for the same reason.
 */
export async function writePlan(
  db: Database,
  plan: WritePlan,
  options: WriteOptions,
): Promise<WriteCounters> {
  const total = emptyCounters();
  const parts = options.commitEvery ? splitPlan(plan, options.commitEvery) : [plan];
  let written = 0;
  for (const part of parts) {
    const session = db.driver.session({ database: db.name });
    try {
      const counters = await session.executeWrite(async (tx) =>
        runSteps(tx, part, options.batchSize, (n) =>
          options.onProgress?.(written + n, plan.statements.length),
        ),
      );
      addCounters(total, counters);
      written += part.statements.length;
    } catch (error) {
      const committed =
        parts.length > 1 ? `${written} statement(s) were committed before` : 'nothing was written';
      throw fromDriverError(error, `writing the batch (${committed})`);
    } finally {
      await session.close();
    }
  }
  return total;
}

function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
}

function addCounters(total: WriteCounters, more: WriteCounters): void {
  total.nodesCreated += more.nodesCreated;
  total.relationshipsCreated += more.relationshipsCreated;
  total.propertiesSet += more.propertiesSet;
  total.labelsAdded += more.labelsAdded;
}

async function runSteps(
  tx: ManagedTransaction,
  plan: WritePlan,
  batchSize: number,
  onStatements: (written: number) => void,
): Promise<WriteCounters> {
  const counters = emptyCounters();
  for (const step of STEPS) {
    const rows = step.rows(plan);
    for (let start = 0; start < rows.length; start += batchSize) {
      const result = await tx.run(cypher(`ingest/${step.file}`), {
        rows: rows.slice(start, start + batchSize),
      });
      addCounters(counters, result.summary.counters.updates());
      if (step.file === 'write-10-statements.cypher')
        onStatements(Math.min(start + batchSize, rows.length));
    }
  }
  return counters;
}
