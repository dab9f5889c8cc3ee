import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Logs go to stderr so stdout stays clean for command output (JSON, CSV, URLs). */
export function createLogger(level: string): Logger {
  if (process.stderr.isTTY) {
    return pino({
      level,
      transport: { target: 'pino-pretty', options: { destination: 2, ignore: 'pid,hostname' } },
    });
  }
  return pino({ level }, pino.destination(2));
}
