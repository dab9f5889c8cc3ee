import { SingleBar } from 'cli-progress';
import type { Logger } from '../config/logger';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A bar with rate and ETA on a terminal; elsewhere (CI, pipes) a log line at most every two
 * seconds, so logs stay readable.
 */
export function createProgress(log: Logger, unit: string): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      // Our own ETA: cli-progress's reads "ETA NFs" until the first value arrives.
      format: `{bar} {percentage}% | {value}/{total} ${unit} | {speed} ${unit}/s | ETA {etaText}`,
      stream: process.stderr,
      hideCursor: true,
    });
    const started = Date.now();
    let running = false;
    return {
      update(done, total) {
        if (!running) {
          bar.start(total, 0, { speed: '0', etaText: '…' });
          running = true;
        }
        const seconds = (Date.now() - started) / 1000;
        const rate = seconds > 0 ? done / seconds : 0;
        bar.update(done, {
          speed: Math.round(rate).toString(),
          etaText: etaText(total - done, rate),
        });
      },
      stop: () => running && bar.stop(),
    };
  }
  let last = 0;
  return {
    update(done, total) {
      if (Date.now() - last < 2000 && done < total) return;
      last = Date.now();
      log.info({ done, total }, `${unit} written`);
    },
    stop: () => {},
  };
}

/** Seconds left at the rate so far, or "…" before there is a rate to go by. */
export function etaText(left: number, perSecond: number): string {
  if (!(perSecond > 0) || !Number.isFinite(left / perSecond)) return '…';
  const seconds = Math.ceil(left / perSecond);
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}
