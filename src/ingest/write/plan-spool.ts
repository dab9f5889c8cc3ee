import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiplographError, ErrorCode } from '../../errors';
import { linesByRead } from '../read/lines';
import type { WritePlan } from '../plan/write-plan';

/**
 * Plans kept on disk between --commit-every's validation pass and its writes, one JSON line
 * each, so the writes neither hold a feed's plans in memory nor read, check and plan it all
 * again (a third of Node's CPU on 100k statements, taken from the server on two cores). A plan
 * is plain data (strings, numbers, booleans, null, arrays), so a line parses back to the same
 * plan. The file is removed by `dispose`, whatever happened.
 */
export class PlanSpool {
  private dir: string | undefined;
  private fd: number | undefined;

  /** `under`: where the spool's temporary folder is made. */
  constructor(private readonly under = os.tmpdir()) {}

  // A process that exits mid-run (the CLI on Ctrl-C) never reaches `dispose`.
  private readonly removeOnExit = () => this.dispose();

  add(plan: WritePlan): void {
    try {
      if (this.fd === undefined) {
        this.dir = mkdtempSync(path.join(this.under, 'diplograph-ingest-'));
        process.once('exit', this.removeOnExit);
        this.fd = openSync(path.join(this.dir, 'plans.ndjson'), 'w');
      }
      writeSync(this.fd, `${JSON.stringify(plan)}\n`);
    } catch (error) {
      throw this.failed('write', error);
    }
  }

  /** The plans added, in order; adding ends here. */
  async *plans(): AsyncGenerator<WritePlan> {
    if (this.fd === undefined || this.dir === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    // Not node:readline: it reads the whole file ahead of a slow reader (here, one waiting on
    // commits), which would hold the plans in memory after all. JSON text keeps newlines escaped.
    const input = createReadStream(path.join(this.dir, 'plans.ndjson'));
    try {
      for await (const lines of linesByRead(input as AsyncIterable<Buffer>))
        for (const line of lines) yield JSON.parse(line.toString('utf8')) as WritePlan;
    } catch (error) {
      throw this.failed('read', error);
    } finally {
      // Left early (a part failed): the stream is not read to its end.
      input.destroy();
    }
  }

  private failed(doing: 'write' | 'read', error: unknown): DiplographError {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return new DiplographError(
      ErrorCode.INGEST_SPOOL_FAILED,
      `cannot ${doing} --commit-every's temporary plan file in ${this.under} (${code})`,
      {
        hint: 'free some space there, or set TMPDIR to another folder, and run again; statements already committed are skipped',
        cause: error,
      },
    );
  }

  dispose(): void {
    process.off('exit', this.removeOnExit);
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
