import { invalidInput } from '../issues';
import type { WritePlan } from '../plan/write-plan';
import { deferred, settleLater } from '../settle-later';
import { addCounters, emptyCounters } from './counters';
import { OverlappingParts } from './overlapping-parts';
import { PlanSpool } from './plan-spool';
import type { WriteRun, Written } from './write-mode';
import { PlanWriter } from './writer';

/**
 * --commit-every: a validation pass, then one transaction per N statements. Nothing is
 * committed unless the whole input is valid, but the first parts (as many as may be in flight)
 * do not wait for the validation pass: they are written from that pass's own plans while the
 * rest is checked, and commit once all is found valid (rolled back otherwise). The pass spools
 * the plans after them to a temporary file, from which the other parts are written, a part's
 * queries running while the part before commits (OverlappingParts). A failure after that leaves
 * whole parts written; running again completes the rest, as statements already in the graph
 * are skipped.
 */
export async function writeInParts(
  run: WriteRun,
  mode: { commitEvery: number; tempDir?: string },
): Promise<Written> {
  const parts = new PartsRun(run, mode.commitEvery, mode.tempDir);
  try {
    const tally = await parts.validationPass();
    await parts.writeSpooled();
    return { tally, counters: parts.counters };
  } catch (error) {
    await parts.stop(error);
    throw error;
  } finally {
    parts.dispose();
  }
}

/** Plans gathered until they hold `commitEvery` statements: one part. */
class PartGatherer {
  private plans: WritePlan[] = [];
  private size = 0;

  constructor(private readonly commitEvery: number) {}

  /** The part, when this plan completes one. */
  add(plan: WritePlan): WritePlan[] | undefined {
    this.plans.push(plan);
    this.size += plan.statements.length;
    return this.size >= this.commitEvery ? this.take() : undefined;
  }

  take(): WritePlan[] {
    const part = this.plans;
    this.plans = [];
    this.size = 0;
    return part;
  }
}

class PartsRun {
  readonly counters = emptyCounters();
  /** Statements committed so far, told when a later part fails. */
  private committed = 0;
  private writtenEarly = 0;
  private readonly spool: PlanSpool;
  private readonly parts = new OverlappingParts();
  private readonly validity = deferred<void>();

  constructor(
    private readonly run: WriteRun,
    private readonly commitEvery: number,
    tempDir: string | undefined,
  ) {
    this.spool = new PlanSpool(tempDir);
  }

  /** Checks every plan; writes the first parts early, spools the rest. The tally, if all valid. */
  async validationPass() {
    const plans = this.run.plans();
    const gatherer = new PartGatherer(this.commitEvery);
    for await (const plan of plans) {
      // As many parts are written early as may be in flight; the rest waits in the spool.
      if (this.writtenEarly < OverlappingParts.MAX_IN_FLIGHT) {
        const part = gatherer.add(plan);
        if (part) this.writeEarly(part);
      } else {
        this.spool.add(plan);
      }
    }
    this.writeEarly(gatherer.take());
    if (this.run.issues().length) throw invalidInput(this.run.issues());
    this.validity.resolve();
    return plans.tally;
  }

  /** The spooled plans, a part at a time, once all is found valid. */
  async writeSpooled(): Promise<void> {
    const gatherer = new PartGatherer(this.commitEvery);
    const next = (plans: WritePlan[]) =>
      this.parts.add(plans, (written) => this.commit(plans, written));
    for await (const plan of this.spool.plans()) {
      const part = gatherer.add(plan);
      if (part) await next(part);
    }
    const last = gatherer.take();
    if (last.length) await next(last);
    await this.parts.finish();
  }

  /**
   * Whatever stops the run (issues, the spool, the database), nothing is left in flight behind
   * the error; parts written early are rolled back unless all was found valid.
   */
  async stop(error: unknown): Promise<void> {
    this.validity.reject(error);
    await this.parts.settled();
  }

  dispose(): void {
    this.spool.dispose();
  }

  private writeEarly(plans: WritePlan[]): void {
    if (!plans.length || this.run.issues().length) return;
    this.writtenEarly += 1;
    const whenValid = () => this.validity.promise;
    // Not awaited: validation goes on meanwhile. A failure comes out of parts.finish().
    void settleLater(this.parts.add(plans, (written) => this.commit(plans, written, whenValid)));
  }

  /** One part in a transaction of its own; `beforeCommit` may hold the commit back. */
  private async commit(
    plans: WritePlan[],
    written: () => void,
    beforeCommit?: () => Promise<void>,
  ): Promise<void> {
    const counters = await this.run.db.inWriteTransaction(
      async (tx) => {
        const writer = new PlanWriter(tx, this.run.batchSize);
        await writer.write(plans);
        written();
        await beforeCommit?.();
        return writer.counters;
      },
      // Told when it fails: another part may have committed since this one began.
      () =>
        `writing the batch (${this.committed ? `${this.committed} statement(s) were committed before` : 'nothing was written'})`,
    );
    addCounters(this.counters, counters);
    this.run.progress.add(plans);
    this.committed += plans.reduce((n, plan) => n + plan.statements.length, 0);
  }
}
