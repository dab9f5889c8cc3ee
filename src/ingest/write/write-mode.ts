import type { Database } from '../../neo4j/database';
import type { IngestIssue } from '../issues';
import type { PlanStream, Tally } from '../plan/plan-stream';
import type { WritePlan } from '../plan/write-plan';
import type { WriteCounters } from './counters';

/**
 * How a run writes, chosen once per run (src/ingest/ingest.ts `writeModeOf`). Every mode writes
 * all or nothing of what it commits together, and nothing at all when any input has an issue:
 * - `validate-only`: plans are made and counted, nothing is written (`--dry-run`, `validate`);
 * - `one-transaction`: plans are written as they come into one transaction, committed once the
 *   whole input is found valid (one-transaction.ts);
 * - `parts`: a validation pass, then one transaction per `commitEvery` statements, up to
 *   OverlappingParts.MAX_IN_FLIGHT of them at a time, the first ones written during the pass
 *   (in-parts.ts). For feeds too large for one transaction.
 */
export type WriteMode =
  | { readonly kind: 'validate-only' }
  | { readonly kind: 'one-transaction' }
  | { readonly kind: 'parts'; readonly commitEvery: number; readonly tempDir?: string };

/** What a write mode is given: the plans and where their issues gather. */
export interface WriteRun {
  readonly db: Database;
  /** The run's plans, anew for each pass (a retried transaction plans again). */
  readonly plans: () => PlanStream;
  readonly issues: () => IngestIssue[];
  /** Rows per UNWIND query. */
  readonly batchSize: number;
  readonly progress: Progress;
}

export interface Written {
  tally: Tally;
  /** null when nothing was to be written (`validate-only`). */
  counters: WriteCounters | null;
}

/** Statements written so far, told to `report` with the run's total. */
export class Progress {
  private written = 0;

  constructor(
    private readonly total: number,
    private readonly report?: (written: number, total: number) => void,
  ) {}

  add(plans: readonly WritePlan[]): void {
    for (const plan of plans) {
      this.written += plan.statements.length;
      this.report?.(this.written, this.total);
    }
  }

  /** A transaction is tried again: what it wrote is gone. */
  restart(): void {
    this.written = 0;
  }
}

/** Reads every plan, writing none: the tally, and every issue found. */
export async function validateOnly(run: WriteRun): Promise<Written> {
  const plans = run.plans();
  for await (const plan of plans) void plan;
  return { tally: plans.tally, counters: null };
}
