import { loadConfig } from '../config/config';
import type { Config, ConfigOverrides } from '../config/config';
import { createLogger } from '../config/logger';
import type { Logger } from '../config/logger';

export interface CommandContext {
  config: Config;
  log: Logger;
}

export function createContext(overrides: ConfigOverrides = {}): CommandContext {
  const config = loadConfig(process.env, overrides);
  return { config, log: createLogger(config.logLevel) };
}

export interface StopSignals {
  /** Resolves on the first SIGINT or SIGTERM, even one that came before anyone awaited it. */
  readonly first: Promise<NodeJS.Signals>;
  dispose(): void;
}

/**
 * Watches SIGINT and SIGTERM from the moment it is called, so a signal during a long start-up
 * is not Node's default (death without clean-up) but a stop once started. A second signal means
 * "now": the process exits at once, 130 or 143 as a shell reports it; synchronous 'exit'
 * handlers (neo4j-target.ts removes its launcher.json) still run.
 */
export function watchStopSignals(onSecond: (signal: NodeJS.Signals) => void): StopSignals {
  let received: NodeJS.Signals | undefined;
  let resolveFirst: (signal: NodeJS.Signals) => void = () => {};
  const first = new Promise<NodeJS.Signals>((resolve) => (resolveFirst = resolve));
  const handler = (signal: NodeJS.Signals) => {
    if (received !== undefined) {
      onSecond(signal);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    received = signal;
    resolveFirst(signal);
  };
  process.on('SIGINT', handler).on('SIGTERM', handler);
  return {
    first,
    dispose: () => void process.off('SIGINT', handler).off('SIGTERM', handler),
  };
}
