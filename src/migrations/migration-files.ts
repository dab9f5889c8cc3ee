import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DiplographError, ErrorCode } from '../errors';
import { splitCypherStatements } from './cypher-statements';

export interface MigrationFile {
  version: number;
  name: string;
  /** File name, as errors and the graph record it. */
  file: string;
  checksum: string;
  statements: string[];
}

const FILE_NAME = /^(\d{3,})_([a-z0-9][a-z0-9_]*)\.cypher$/;

/** sha256 of the text with line ends normalised, so a checkout with CRLF is not a change. */
export function migrationChecksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

export function parseMigration(file: string, text: string): MigrationFile {
  const match = FILE_NAME.exec(file);
  if (!match) {
    throw new DiplographError(
      ErrorCode.MIGRATION_FILE_INVALID,
      `${file}: a migration file is named NNN_name.cypher (digits, underscore, lower-case name)`,
      { details: { file } },
    );
  }
  const statements = splitCypherStatements(text);
  if (statements.length === 0) {
    throw new DiplographError(
      ErrorCode.MIGRATION_FILE_INVALID,
      `${file}: holds no Cypher statement`,
      {
        details: { file },
      },
    );
  }
  return {
    version: Number(match[1]),
    name: match[2]!,
    file,
    checksum: migrationChecksum(text),
    statements,
  };
}

/** Every migration of a directory, in version order; two files with one version are an error. */
export function readMigrations(dir: string): MigrationFile[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => parseMigration(file, readFileSync(path.join(dir, file), 'utf8')))
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    const [previous, current] = [migrations[i - 1]!, migrations[i]!];
    if (previous.version === current.version) {
      throw new DiplographError(
        ErrorCode.MIGRATION_FILE_INVALID,
        `${previous.file} and ${current.file} have the same version ${current.version}`,
        { details: { files: [previous.file, current.file] } },
      );
    }
  }
  return migrations;
}
