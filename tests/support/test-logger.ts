import pino from 'pino';

/** Tests assert on results, not log lines; LOG_LEVEL=debug shows them when a test needs a look. */
export const testLogger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
