import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { databaseReader } from '../../comparison';
import { DiplographError, ErrorCode } from '../../errors';
import { exportCsvTables } from '../../export/csv-tables';
import { exportGraph } from '../../export/export';
import { exportGraphXml, GRAPH_FORMATS } from '../../export/graph-export';
import type { GraphFormat } from '../../export/graph-export';
import { resolveSlice } from '../../export/slice';
import type { SliceRequest } from '../../export/slice';
import { PendingFiles } from '../../export/sink';
import type { Database } from '../../neo4j/database';
import type { CommandContext } from '../context';
import { withDatabase } from '../with-database';

/** Every format of `export`: the ingestion format, then the ones other tools read. */
export const EXPORT_FORMATS = ['json', 'ndjson', ...GRAPH_FORMATS, 'csv'] as const;
export type ExportCommandFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions extends SliceRequest {
  readonly format: ExportCommandFormat;
  /** A file; for csv a directory (required). */
  readonly out?: string;
}

const isGraphFormat = (format: string): format is GraphFormat =>
  (GRAPH_FORMATS as readonly string[]).includes(format);

/** Refused before any database: a slice of the ingestion format, csv without a directory. */
function checkOptions(options: ExportOptions): void {
  const sliced = ['topic', 'actors', 'from', 'to'].filter(
    (name) => options[name as keyof SliceRequest] !== undefined,
  );
  if ((options.format === 'json' || options.format === 'ndjson') && sliced.length > 0) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      `--${sliced[0]}: the ${options.format} export is the whole graph, for ingesting again; slices are for graphml, gexf and csv`,
      { details: { field: `--${sliced[0]}`, format: options.format } },
    );
  }
  if (options.format === 'csv' && options.out === undefined) {
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      '--out: the csv export writes several tables and needs a directory',
      { details: { field: '--out', format: 'csv' } },
    );
  }
}

async function exportXml(db: Database, format: GraphFormat, options: ExportOptions) {
  const slice = await resolveSlice(databaseReader(db), options);
  if (options.out === undefined) return exportGraphXml(db, format, slice, process.stdout);
  const files = new PendingFiles();
  try {
    const out = await files.open(path.dirname(options.out), path.basename(options.out));
    const counts = await exportGraphXml(db, format, slice, out);
    await files.commit();
    return counts;
  } catch (error) {
    await files.abandon();
    throw error;
  }
}

export async function exportCommand(
  context: CommandContext,
  options: ExportOptions,
): Promise<void> {
  checkOptions(options);
  const { format, out: outFile } = options;
  if (format === 'csv') {
    const directory = outFile ?? '';
    const counts = await withDatabase(context, async (db) =>
      exportCsvTables(db, await resolveSlice(databaseReader(db), options), directory),
    );
    const written = Object.entries(counts).map(([name, rows]) => `${name}.csv ${rows}`);
    process.stderr.write(`exported to ${directory}: ${written.join(', ')} row(s)\n`);
    return;
  }
  if (isGraphFormat(format)) {
    const counts = await withDatabase(context, (db) => exportXml(db, format, options));
    if (outFile) {
      process.stderr.write(
        `exported ${counts.nodes} node(s), ${counts.relationships} relationship(s) and ${counts.actorStances} actor stance(s) to ${outFile}\n`,
      );
    }
    return;
  }
  const out = outFile ? createWriteStream(outFile) : process.stdout;
  const count = await withDatabase(context, (db) => exportGraph(db, format, out));
  if (outFile) {
    out.end();
    await finished(out);
    process.stderr.write(`exported ${count} statement(s) to ${outFile}\n`);
  }
}
