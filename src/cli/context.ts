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

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const handler = (signal: NodeJS.Signals) => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
      resolve(signal);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}
