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
  { file: 'write-10-statements.cypher', rows: (p) => p.statements.map(statementRow) },
  { file: 'write-11-stance-months.cypher', rows: (p) => stanceMonthRows(p.statements) },
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

  async write(plan: WritePlan): Promise<void> {
    for (const step of STEPS) {
      const rows = step.rows(plan);
      for (let start = 0; start < rows.length; start += this.batchSize) {
        const result = await this.tx.run(cypher(`ingest/${step.file}`), {
          rows: rows.slice(start, start + this.batchSize),
        });
        addCounters(this.counters, result.summary.counters.updates());
      }
    }
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
    inFlight = settleLater(writer.write(plan).then(() => onWritten(plan)));
  }
  if (inFlight) await inFlight;
}
