import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../config/logger';
import { DiplographError, ErrorCode } from '../errors';
import { ensureLauncherBuilt } from '../neo4j/launcher-build';
import { ARRAY_DELIMITER } from './csv-table';
import type { CsvTable } from './csv-table';

/** neo4j-admin's entry point, in the launcher's own Neo4j jars (neo4j-import-tool among them). */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

export interface AdminImportOptions {
  /** The embedded Neo4j's data directory (its store is under data/). */
  dataDir: string;
  /** Where the CSV files are; the importer's configuration and log go here too. */
  stagingDir: string;
  database: string;
  heap: string;
  tables: readonly CsvTable[];
}

/**
 * Runs `neo4j-admin database import full` from the embedded Neo4j's own jars, into the data
 * directory the launcher serves, while no server runs on it. It replaces the database's store
 * (--overwrite-destination): the caller has checked it holds nothing but reference data, and
 * imports that too.
 */
export async function runAdminImport(options: AdminImportOptions, log: Logger): Promise<void> {
  const classpath = await ensureLauncherBuilt(log);
  const home = path.join(options.stagingDir, 'neo4j-home');
  const conf = path.join(home, 'conf');
  mkdirSync(conf, { recursive: true });
  // The same store directories as the launcher's (neo4j-local/.../ServerSettings.java).
  writeFileSync(
    path.join(conf, 'neo4j.conf'),
    `server.directories.data=${path.join(options.dataDir, 'data')}\n` +
      `server.directories.logs=${path.join(home, 'logs')}\n`,
  );
  const used = options.tables.filter((t) => t.rows > 0);
  const args = [
    `-Xmx${options.heap}`,
    '-cp',
    classpath,
    ADMIN_TOOL,
    'database',
    'import',
    'full',
    // Before the file options: each takes several values and would take the name as one.
    options.database,
    '--overwrite-destination=true',
    '--id-type=string',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    `--multiline-fields=${used.some((t) => t.multiline)}`,
    `--report-file=${path.join(home, 'import.report')}`,
    ...used.map((t) => `--${t.kind}=${t.file}`),
  ];
  const logFile = path.join(home, 'import.log');
  log.debug({ logFile, files: used.length }, 'running neo4j-admin database import');
  const code = await run(args, logFile, { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf });
  if (code !== 0) {
    const output = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
    throw new DiplographError(
      ErrorCode.IMPORT_FAILED,
      `neo4j-admin database import failed (exit ${code}):\n${output}`,
      { details: { logFile } },
    );
  }
}

function run(args: string[], logFile: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  const out = openSync(logFile, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', out, out], env });
    closeSync(out);
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
}
