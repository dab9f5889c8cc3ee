#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fromRoot } from '../config/paths';
import { buildProgram } from './program';
import { reportError } from './report-error';

async function main(): Promise<number> {
  // A .env beside package.json, when present; real environment variables win over it.
  const envFile = fromRoot('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  try {
    await buildProgram().parseAsync(process.argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportError(error);
  }
}

void main().then((code) => process.exit(code));
