import { DiplographError, ErrorCode } from '../../errors';
import { expandInputs, skippedInDirectories } from '../../ingest/ingest';
import { bulkImport } from '../../import/bulk-import';
import type { ImportReport } from '../../import/bulk-import';
import { INGEST_EXTENSIONS } from '../../ingest/read/ingest-file';
import type { CommandContext } from '../context';
import { keepHeapNearLive } from '../heap';

export interface ImportCommandOptions {
  batchSize: number;
  json: boolean;
}

/** `diplograph import`: a first load into an empty embedded database (docs/ingest.md, "Bulk import"). */
export async function importCommand(
  context: CommandContext,
  paths: string[],
  options: ImportCommandOptions,
): Promise<void> {
  keepHeapNearLive();
  const files = expandInputs(paths);
  const skipped = skippedInDirectories(paths);
  if (skipped.length) {
    process.stderr.write(`note: skipped ${skipped.length} file(s) that are not ingestion files\n`);
  }
  if (files.length === 0)
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, `no file to import in ${paths.join(', ')}`, {
      hint: `import reads ${INGEST_EXTENSIONS.join(', ')} files`,
      details: { paths },
    });
  const report = await bulkImport(context.config, context.log, files, {
    batchSize: options.batchSize,
  });
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : summary(report));
}

function summary(report: ImportReport): string {
  const s = report.stages;
  return (
    `imported: ${report.files.length} file(s), ${report.statements} statement(s) (${report.statementsNew} new), ` +
    `${report.stances} stance(s), ${report.quotes} quote(s)\n` +
    `${report.seconds} s (validate, plan and CSV ${s.prepare} s, of which CSV ${s.csv} s; ` +
    `importer ${s.importer} s; start, schema and migrations ${s.finish} s)\n`
  );
}
