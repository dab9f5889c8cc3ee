import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { exportGraph } from '../../export/export';
import type { ExportFormat } from '../../export/export';
import type { CommandContext } from '../context';
import { withDatabase } from '../with-database';

export async function exportCommand(
  context: CommandContext,
  format: ExportFormat,
  outFile: string | undefined,
): Promise<void> {
  const out = outFile ? createWriteStream(outFile) : process.stdout;
  const count = await withDatabase(context, (db) => exportGraph(db, format, out));
  if (outFile) {
    out.end();
    await finished(out);
    process.stderr.write(`exported ${count} statement(s) to ${outFile}\n`);
  }
}
