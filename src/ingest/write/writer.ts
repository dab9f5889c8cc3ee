import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../neo4j/cypher-files';
import { settleLater } from '../settle-later';
import type { WritePlan } from './rows';
import { stanceMonthRows } from './stance-months';
import { statementRow } from './statement-rows';

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

/**
 * Each query of cypher/ingest/write-*.cypher, in dependency order, with the rows it takes from
 * the plans written together (one NDJSON chunk, or a --commit-every part).
 */
const STEPS: { file: string; rows: (plans: readonly WritePlan[]) => unknown[] }[] = [
  { file: 'write-01-actors.cypher', rows: (ps) => ps.flatMap((p) => p.actors) },
  { file: 'write-02-roles.cypher', rows: (ps) => ps.flatMap((p) => p.roles) },
  { file: 'write-03-topics.cypher', rows: (ps) => ps.flatMap((p) => p.topics) },
  { file: 'write-04-places.cypher', rows: (ps) => ps.flatMap((p) => p.places) },
  { file: 'write-05-events.cypher', rows: (ps) => ps.flatMap((p) => p.events) },
  { file: 'write-06-sources.cypher', rows: (ps) => ps.flatMap((p) => p.sources) },
  { file: 'write-07-documents.cypher', rows: (ps) => ps.flatMap((p) => p.documents) },
  { file: 'write-08-positions.cypher', rows: (ps) => ps.flatMap((p) => p.positions) },
  { file: 'write-08b-plans-and-red-lines.cypher', rows: (ps) => ps.flatMap((p) => p.positions) },
  { file: 'write-09-position-links.cypher', rows: (ps) => ps.flatMap((p) => p.positions) },
  {
    file: 'write-10-statements.cypher',
    rows: (ps) => ps.flatMap((p) => p.statements.map(statementRow)),
  },
  // Summarised over all the plans at once: a month several chunks touch is one row, not several.
  {
    file: 'write-11-stance-months.cypher',
    rows: (ps) => stanceMonthRows(ps.flatMap((p) => p.statements)),
  },
];

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, labelsAdded: 0 };
}

export function addCounters(total: WriteCounters, more: WriteCounters): void {
  total.nodesCreated += more.nodesCreated;
  total.relationshipsCreated += more.relationshipsCreated;
  total.propertiesSet += more.propertiesSet;
  total.labelsAdded += more.labelsAdded;
}

/** Writes plans into one transaction, `batchSize` rows per UNWIND query; adds up the counters. */
export class PlanWriter {
  readonly counters = emptyCounters();

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly batchSize: number,
  ) {}

  /**
   * Sends every query before awaiting any: the driver queues them on the connection, so Neo4j
   * goes from one to the next without waiting on a round trip, or on Node busy planning the
   * next chunk meanwhile. In dependency order still: one transaction runs its queries in turn.
   */
  async write(plans: readonly WritePlan[]): Promise<void> {
    const results = [];
    for (const step of STEPS) {
      const rows = step.rows(plans);
      for (let start = 0; start < rows.length; start += this.batchSize) {
        const result = this.tx.run(cypher(`ingest/${step.file}`), {
          rows: rows.slice(start, start + this.batchSize),
        });
        // After a failure the rest fail too; the first is what is thrown, below.
        results.push(settleLater(Promise.resolve(result)));
      }
    }
    for (const result of results)
      addCounters(this.counters, (await result).summary.counters.updates());
  }
}

/**
 * Writes plans as they come, one in flight while the next is being read and checked: the
 * database and Node work at the same time (two cores), instead of taking turns.
 */
export async function writePipelined(
  writer: PlanWriter,
  plans: AsyncIterable<WritePlan>,
  onWritten: (plan: WritePlan) => void,
): Promise<void> {
  let inFlight: Promise<void> | undefined;
  for await (const plan of plans) {
    if (inFlight) await inFlight;
    inFlight = settleLater(writer.write([plan]).then(() => onWritten(plan)));
  }
  if (inFlight) await inFlight;
}
