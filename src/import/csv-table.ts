import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { DiplographError, ErrorCode } from '../errors';

/**
 * The property types of neo4j-admin database import that the graph uses (its CSV header's
 * `name:type`). Lists are joined by ARRAY_DELIMITER.
 */
export type ColumnType =
  'string' | 'string[]' | 'long' | 'double' | 'boolean' | 'date' | 'datetime' | 'localdatetime';

/**
 * Joins list elements and labels. The importer splits both on one character; a unit separator
 * occurs in no text the graph holds (a value that has one is refused, not split).
 */
export const ARRAY_DELIMITER = '\u001f';

export interface Column {
  /** A property name, or one of the importer's fields (`:ID`, `:LABEL`, `:START_ID`, …). */
  name: string;
  type?: ColumnType;
}

/**
 * A value the importer cannot take without changing it: the import stops with IMPORT_FAILED,
 * naming it (a value from the user's files, so never INTERNAL; `ingest` takes it).
 */
export class UnwritableValue extends DiplographError {
  constructor(message: string, field: string) {
    super(ErrorCode.IMPORT_FAILED, `${message}; load this file with \`diplograph ingest\``, {
      details: { field },
    });
  }
}

/**
 * One CSV file for the importer, header first: every field quoted (a quoted empty string is an
 * empty string, an empty field is no property, as a Cypher null sets none), quotes doubled.
 */
export class CsvTable {
  readonly file: string;
  private readonly stream: WriteStream;
  private buffer = '';
  rows = 0;
  /** A field holds a line break: the importer must be told (it then reads files in one thread). */
  multiline = false;

  constructor(
    dir: string,
    name: string,
    readonly kind: 'nodes' | 'relationships',
    readonly columns: readonly Column[],
  ) {
    this.file = path.join(dir, `${name}.csv`);
    this.stream = createWriteStream(this.file, { encoding: 'utf8' });
    this.buffer = `${columns.map((c) => (c.type ? `${c.name}:${c.type}` : c.name)).join(',')}\n`;
  }

  /** One row, a value per column in order; null or undefined: no property. Kept until `flush`. */
  add(values: readonly unknown[]): void {
    let line = '';
    for (let i = 0; i < this.columns.length; i += 1) {
      if (i > 0) line += ',';
      line += this.field(this.columns[i]!, values[i]);
    }
    this.buffer += `${line}\n`;
    this.rows += 1;
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  /** Hands the rows added so far to the file, waiting while it is behind. */
  async flush(): Promise<void> {
    if (!this.buffer) return;
    const drained = this.stream.write(this.buffer);
    this.buffer = '';
    if (!drained) await once(this.stream, 'drain');
  }

  private field(column: Column, value: unknown): string {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) {
      // An empty list cannot be written (the importer reads it as no property); see empty-lists.
      if (value.length === 0) return '';
      return this.quoted(column, value.map((v) => this.text(column, v)).join(ARRAY_DELIMITER));
    }
    return this.quoted(column, this.text(column, value));
  }

  private text(column: Column, value: unknown): string {
    const text = typeof value === 'string' ? value : String(value);
    if (text.includes(ARRAY_DELIMITER)) {
      throw new UnwritableValue(
        `${path.basename(this.file)}: a value of ${column.name} holds the character U+001F, which the importer reads as a list separator`,
        column.name,
      );
    }
    if (!this.multiline && (text.includes('\n') || text.includes('\r'))) this.multiline = true;
    return text;
  }

  private quoted(column: Column, text: string): string {
    if (column.type === 'long' || column.type === 'boolean' || column.type === 'double') {
      return text;
    }
    return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
  }
}
