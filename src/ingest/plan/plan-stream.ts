import { settleLater } from '../settle-later';
import type { Found } from '../entity-kinds';
import { readNdjsonChunks } from '../read/ndjson-stream';
import type { GraphCatalog } from '../validate/graph';
import { statementIdsToLookUp } from '../validate/lookups';
import { checkChunk } from '../validate/origin';
import type { ChunkStatement } from '../validate/origin';
import type { Validation } from '../validate/validation';
import { planChunk, planDocuments } from './planner';
import type { WritePlan } from './write-plan';

/** What a run's plans hold, counted as they are made. */
export interface Tally {
  /** Statement records read (a statement given twice, or already in the graph, counts). */
  statements: number;
  /** Statements new to the graph. */
  statementsNew: number;
  stances: number;
  quotes: number;
}

/** A run's plans, in write order, each given once; `tally` is complete once they are all read. */
export interface PlanStream extends AsyncIterable<WritePlan> {
  readonly tally: Tally;
}

interface PendingChunk {
  statements: ChunkStatement[];
  /** No lookups are made once the input had read or structure issues: see `planRun`. */
  found: Promise<Found[]> | undefined;
}

/**
 * The plans of a run: the documents' plan, then one plan per NDJSON chunk. Lookups go to the
 * graph as it was: what this run writes is known to validation already. After an issue, plans
 * still come (what to do with them is the write mode's choice) and checking goes on to the end,
 * so that every issue is found; once a file fails its structure, references are no longer
 * resolved (they would mislead). One pass: a retried transaction plans anew.
 */
export function planRun(run: Validation, graph: GraphCatalog, batchSize: number): PlanStream {
  const tally: Tally = { statements: 0, statementsNew: 0, stances: 0, quotes: 0 };
  const count = (statements: number, plan: WritePlan | undefined) => {
    tally.statements += statements;
    for (const s of plan?.statements ?? []) {
      tally.statementsNew += 1;
      tally.stances += s.stances.length;
      tally.quotes += s.quotes.length;
    }
  };
  const finish = async ({ statements, found }: PendingChunk): Promise<WritePlan | undefined> => {
    if (!found) {
      tally.statements += statements.length;
      return undefined;
    }
    run.references.addExisting(await found);
    const plan = planChunk(run.references, statements);
    count(statements.length, plan);
    return plan;
  };

  async function* plans(): AsyncGenerator<WritePlan> {
    const documentsPlan = run.readIssues.length ? undefined : planDocuments(run.references);
    count(
      run.documents.reduce((n, d) => n + d.document.statements.length, 0),
      documentsPlan,
    );
    if (documentsPlan) yield documentsPlan;
    // The next chunk is read, checked and looked up while this one is planned, rather than
    // planning waiting on each lookup's round trip (a 100k validation pass: 7.3-7.7 s, 6.6 s).
    let pending: PendingChunk | undefined;
    for (const source of run.streams) {
      for await (const chunk of readNdjsonChunks(source, batchSize)) {
        const statements = checkChunk(source, chunk, run.readIssues);
        const found = run.readIssues.length
          ? undefined
          : settleLater(graph.lookUp(statementIdsToLookUp(run.references, statements)));
        const previous = pending;
        pending = { statements, found };
        const plan = previous && (await finish(previous));
        if (plan) yield plan;
      }
    }
    const plan = pending && (await finish(pending));
    if (plan) yield plan;
  }
  return { tally, [Symbol.asyncIterator]: plans };
}
