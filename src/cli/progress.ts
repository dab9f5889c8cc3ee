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
      format: `{bar} {percentage}% | {value}/{total} ${unit} | {speed} ${unit}/s | ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
    });
    const started = Date.now();
    let running = false;
    return {
      update(done, total) {
        if (!running) {
          bar.start(total, 0, { speed: '0' });
          running = true;
        }
        const seconds = (Date.now() - started) / 1000;
        bar.update(done, { speed: seconds > 0 ? Math.round(done / seconds).toString() : '0' });
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
