import { settleLater } from '../settle-later';
import { createdIds, refersToAny } from './part-dependencies';
import type { WritePlan } from '../plan/write-plan';

/** Writes one part in a transaction of its own; calls `written` once its queries have run. */
export type PartWrite = (written: () => void) => Promise<void>;

interface InFlight {
  written: Promise<void>;
  done: Promise<void>;
  creates: ReadonlySet<string>;
}

/**
 * The parts of a --commit-every run, each in its own transaction, started in order with at most
 * two in flight: a part's queries run while the part before commits. Neo4j works a
 * transaction on one thread, and the commit is about half of its work on a part (applying it to
 * the store and the indexes), so on two cores one part at a time leaves a core idle through
 * every commit. A part that refers to a node the part before creates waits for that commit
 * (part-dependencies.ts). Nothing here waits on a part while holding another's locks (a part
 * waits before it starts), so a wait between the two is the server's to see: a part that
 * needs a node the other has locked (a quote, a month summary) waits for that commit, and a
 * deadlock ends one of them with a transient error, which the driver retries.
 */
export class OverlappingParts {
  /** Transactions at a time: one running its queries, one committing. */
  static readonly MAX_IN_FLIGHT = 2;

  private inFlight: InFlight[] = [];
  /** The last part added, started or refused: parts added at once start in turn. */
  private queue: Promise<unknown> = Promise.resolve();
  private failure: { error: unknown } | undefined;
  private stopped = false;

  /**
   * Starts a part as soon as it may, after those added before it; resolves when it has started,
   * to the promise of its commit (wrapped: a promise resolved with a promise would wait for it).
   * Once a part has failed, no other starts: this throws that failure, once none is in flight.
   */
  add(plans: readonly WritePlan[], write: PartWrite): Promise<{ done: Promise<void> }> {
    const started = this.queue.then(() => this.start(plans, write));
    this.queue = started.catch(() => undefined);
    return started;
  }

  /** Waits for every part added; throws the first failure among them. */
  async finish(): Promise<void> {
    await this.queue;
    await this.drain();
    if (this.failure) throw this.failure.error;
  }

  /** On the way out of a failure: starts no other part, and waits for those in flight. */
  async settled(): Promise<void> {
    this.stopped = true;
    await this.queue;
    await this.drain();
  }

  private async start(plans: readonly WritePlan[], write: PartWrite) {
    try {
      if (this.failure) throw this.failure.error;
      if (this.stopped) throw new Error('the run has stopped');
      while (this.inFlight.length >= OverlappingParts.MAX_IN_FLIGHT)
        await this.inFlight.shift()?.done;
      const last = this.inFlight.at(-1);
      if (last) await (refersToAny(plans, last.creates) ? last.done : last.written);
    } catch (error) {
      this.failure ??= { error };
      await this.drain();
      throw error;
    }
    let markWritten = () => {};
    const written = new Promise<void>((resolve) => {
      markWritten = resolve;
    });
    const done = settleLater(write(markWritten));
    this.inFlight.push({
      // A part that fails before its queries are done releases the next with its error.
      written: settleLater(Promise.race([written, done])),
      done,
      creates: createdIds(plans),
    });
    return { done };
  }

  private async drain(): Promise<void> {
    const parts = this.inFlight;
    this.inFlight = [];
    for (const result of await Promise.allSettled(parts.map((part) => part.done))) {
      if (result.status === 'rejected') this.failure ??= { error: result.reason };
    }
  }
}
