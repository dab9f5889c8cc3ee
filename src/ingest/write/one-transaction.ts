import type { ManagedTransaction } from 'neo4j-driver';
import { invalidInput } from '../issues';
import type { PlanStream, Tally } from '../plan/plan-stream';
import { settleLater } from '../settle-later';
import type { WriteCounters } from './counters';
import type { Progress, WriteRun, Written } from './write-mode';
import { PlanWriter } from './writer';

/**
 * The whole run in one managed transaction: the driver retries it whole on transient errors,
 * which is safe as planning gives the same rows again. Plans are written as they come while the
 * input is valid; on the first issue writing stops, the rest is still checked so that every
 * issue is reported, and the transaction is rolled back (INGEST_INVALID thrown inside it).
 */
export async function writeInOneTransaction(run: WriteRun): Promise<Written> {
  let tally: Tally | undefined;
  const counters = await run.db.inWriteTransaction(
    async (tx: ManagedTransaction): Promise<WriteCounters> => {
      run.progress.restart();
      const writer = new PlanWriter(tx, run.batchSize);
      const plans = run.plans();
      await writeWhileValid(writer, plans, run.issues, run.progress);
      tally = plans.tally;
      if (run.issues().length) throw invalidInput(run.issues());
      return writer.counters;
    },
    () => 'writing the batch (nothing was written)',
  );
  return { tally: tally!, counters };
}

/**
 * Writes plans as they come, one in flight while the next is being read and checked: the
 * database and Node work at the same time (two cores), instead of taking turns. Once an issue
 * is found, the plans after it are only read (checking goes on), not written.
 */
async function writeWhileValid(
  writer: PlanWriter,
  plans: PlanStream,
  issues: () => unknown[],
  progress: Progress,
): Promise<void> {
  let inFlight: Promise<void> | undefined;
  for await (const plan of plans) {
    if (issues().length) {
      const last = inFlight;
      inFlight = undefined;
      await last;
      continue;
    }
    await inFlight;
    inFlight = settleLater(writer.write([plan]).then(() => progress.add([plan])));
  }
  await inFlight;
}
