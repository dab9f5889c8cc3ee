import type { ManagedTransaction } from 'neo4j-driver';
import type { QueryFile } from '../../neo4j/query-file';
import type { NoRow } from '../../statements/stance-months.queries';
import type { WritePlan } from '../plan/write-plan';
import { settleLater } from '../settle-later';
import { addCounters, emptyCounters } from './counters';
import { statementParams } from './statement-params';
import * as queries from './write.queries';

/**
 * Each query of the write, in dependency order, with its parameter rows taken from the plans
 * written together (one NDJSON chunk, or a --commit-every part). The statements' query also adds
 * them to the month summaries, with the lines status changes and migration 005 add with.
 */
const STEPS: {
  query: QueryFile<NoRow>;
  param: string;
  rows: (plans: readonly WritePlan[]) => unknown[];
}[] = [
  { query: queries.writeActors, param: 'rows', rows: (ps) => ps.flatMap((p) => p.actors) },
  { query: queries.writeRoles, param: 'rows', rows: (ps) => ps.flatMap((p) => p.roles) },
  { query: queries.writeTopics, param: 'rows', rows: (ps) => ps.flatMap((p) => p.topics) },
  { query: queries.writePlaces, param: 'rows', rows: (ps) => ps.flatMap((p) => p.places) },
  { query: queries.writeEvents, param: 'rows', rows: (ps) => ps.flatMap((p) => p.events) },
  { query: queries.writeSources, param: 'rows', rows: (ps) => ps.flatMap((p) => p.sources) },
  { query: queries.writeDocuments, param: 'rows', rows: (ps) => ps.flatMap((p) => p.documents) },
  {
    query: queries.writePositionTypes,
    param: 'rows',
    rows: (ps) => ps.flatMap((p) => p.positionTypes),
  },
  { query: queries.writePositions, param: 'rows', rows: (ps) => ps.flatMap((p) => p.positions) },
  {
    query: queries.writePlansAndRedLines,
    param: 'rows',
    rows: (ps) => ps.flatMap((p) => p.positions),
  },
  {
    query: queries.writePositionLinks,
    param: 'rows',
    rows: (ps) => ps.flatMap((p) => p.positions),
  },
  {
    query: queries.writeStatements,
    param: 'rows',
    rows: (ps) => ps.flatMap((p) => p.statements.map(statementParams)),
  },
];

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
   * The queries return no row: only their counters are read.
   */
  async write(plans: readonly WritePlan[]): Promise<void> {
    const results = [];
    for (const step of STEPS) {
      const rows = step.rows(plans);
      for (let start = 0; start < rows.length; start += this.batchSize) {
        const result = this.tx.run(step.query.text(), {
          [step.param]: rows.slice(start, start + this.batchSize),
        });
        // After a failure the rest fail too; the first is what is thrown, below.
        results.push(settleLater(Promise.resolve(result)));
      }
    }
    for (const result of results)
      addCounters(this.counters, (await result).summary.counters.updates());
  }
}
