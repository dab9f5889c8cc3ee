import { expandInputs, ingest } from '../../ingest/ingest';
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
  const files = expandInputs(paths.filter((p) => p !== '-'));
  const inputs: IngestInput[] = paths.includes('-')
    ? [...files, { name: `<stdin>.${options.stdinFormat}`, text: await readStdin() }]
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
