import { DiplographError, ErrorCode } from '../../errors';
import { expandInputs, ingest, skippedInDirectories } from '../../ingest/ingest';
import { INGEST_EXTENSIONS } from '../../ingest/read/ingest-file';
import type { IngestInput, IngestReport } from '../../ingest/ingest';
import type { CommandContext } from '../context';
import { keepHeapNearLive } from '../heap';
import { createProgress } from '../progress';
import { withDatabase } from '../with-database';

export interface IngestCommandOptions {
  /** How to read `-` (standard input): yaml, json or ndjson. */
  stdinFormat: 'yaml' | 'json' | 'ndjson';
  dryRun: boolean;
  batchSize: number;
  commitEvery?: number;
  json: boolean;
}

/** `diplograph ingest` and `diplograph validate` (= ingest --dry-run): one code path. */
export async function ingestCommand(
  context: CommandContext,
  paths: string[],
  options: IngestCommandOptions,
): Promise<void> {
  keepHeapNearLive();
  const named = paths.filter((p) => p !== '-');
  const files = expandInputs(named);
  reportSkipped(skippedInDirectories(named));
  if (files.length === 0 && !paths.includes('-'))
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, `no file to ingest in ${named.join(', ')}`, {
      hint: `ingestion reads ${INGEST_EXTENSIONS.join(', ')} files`,
      details: { paths: named },
    });
  const stdin = paths.includes('-') ? await readStdin() : undefined;
  if (stdin !== undefined) hintStdinFormat(stdin, options.stdinFormat);
  const inputs: IngestInput[] =
    stdin !== undefined
      ? [...files, { name: `<stdin>.${options.stdinFormat}`, text: stdin }]
      : files;
  const progress = createProgress(context.log, 'statements');
  // Exiting, rather than being killed, lets --commit-every remove its temporary file; Neo4j
  // rolls back the parts in flight when the connection drops.
  const interrupted = (signal: NodeJS.Signals) => {
    progress.stop();
    // Only --commit-every commits before the end; running again skips what it committed.
    context.log.warn({ signal }, 'ingest interrupted: the transactions in flight are rolled back');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const report = await withDatabase(context, (db) =>
    ingest(db, inputs, {
      dryRun: options.dryRun,
      batchSize: options.batchSize,
      ...(options.commitEvery ? { commitEvery: options.commitEvery } : {}),
      onProgress: (done, total) => progress.update(done, total),
    }),
  ).finally(() => {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    progress.stop();
  });
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : summary(report));
}

/** Files of the given directories that are not read: said, not skipped without a word. */
function reportSkipped(skipped: string[]): void {
  if (skipped.length === 0) return;
  const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? ', …' : '');
  process.stderr.write(
    `note: skipped ${skipped.length} file(s) that are not ${INGEST_EXTENSIONS.join(', ')}: ${shown}\n`,
  );
}

/** JSON starts with `{` or `[`; anything else read as JSON is most likely YAML piped without the flag. */
function hintStdinFormat(text: string, format: IngestCommandOptions['stdinFormat']): void {
  const first = /\S/.exec(text)?.[0];
  if (format === 'yaml' || first === undefined || first === '{' || first === '[') return;
  process.stderr.write(
    `note: standard input does not look like ${format.toUpperCase()} (it starts with "${first}"); ` +
      'for YAML add --stdin-format yaml\n',
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function summary(report: IngestReport): string {
  const lines = [
    `${report.dryRun ? 'valid' : 'ingested'}: ${report.files.length} file(s), ${report.statements} statement(s) (${report.statementsNew} new), ${report.stances} stance(s), ${report.quotes} quote(s), ${report.positions} position(s), ${report.actorsDefined} actor(s) defined`,
  ];
  if (report.counters) {
    const c = report.counters;
    lines.push(
      `graph: ${c.nodesCreated} node(s) and ${c.relationshipsCreated} relationship(s) created, ${c.propertiesSet} properties set`,
    );
  }
  lines.push(`${report.seconds} s`);
  return `${lines.join('\n')}\n`;
}
