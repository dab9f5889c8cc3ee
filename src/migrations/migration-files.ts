import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DiplographError, ErrorCode } from '../errors';
import { cypher } from '../neo4j/cypher-files';
import { expandIncludes } from '../neo4j/cypher-includes';
import { splitCypherStatements } from './cypher-statements';

export interface MigrationFile {
  version: number;
  name: string;
  /** File name, as errors and the graph record it. */
  file: string;
  checksum: string;
  /**
   * Checksums of earlier texts of this file that a graph may have recorded, accepted as this one
   * (see REPLACES_CHECKSUM).
   */
  replacesChecksums: string[];
  statements: string[];
}

const FILE_NAME = /^(\d{3,})_([a-z0-9][a-z0-9_]*)\.cypher$/;

/** sha256 of the text with line ends normalised, so a checkout with CRLF is not a change. */
export function migrationChecksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/**
 * `// replaces checksum <sha256>`: the file was rewritten without changing what it does to a graph
 * (005 when the month-summary computation moved into one file shared with ingestion), so a graph
 * that applied the earlier text is not refused with MIGRATION_CHANGED. Explicit in the file, with
 * the reason beside it, rather than a list of exceptions kept in code.
 */
const REPLACES_CHECKSUM = /^\/\/ replaces checksum ([0-9a-f]{64})\s*$/gm;

/**
 * A migration may include a query of the code (src/neo4j/cypher-includes.ts): 005 counts with
 * cypher/statements/count-in-stance-months.cypher instead of a copy. The checksum is the
 * migration's own text: a later change of the included query does not refuse graphs that applied
 * it (rebuilding what it built is a new migration's work).
 */
function withIncludes(file: string, text: string): string {
  return expandIncludes(
    text,
    cypher,
    (included) =>
      new DiplographError(
        ErrorCode.MIGRATION_FILE_INVALID,
        `${file}: cypher/${included} has no line "// ---- included from here" to include from`,
        { details: { file, included } },
      ),
  );
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
  const statements = splitCypherStatements(withIncludes(file, text));
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
    replacesChecksums: [...text.matchAll(REPLACES_CHECKSUM)].map((m) => m[1]!),
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
