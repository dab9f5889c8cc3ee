import { Command, InvalidArgumentError, Option } from 'commander';
import type { OutputConfiguration } from 'commander';
import type { ConfigOverrides } from '../config/config';
import { VERSION } from '../config/version';
import { dbBuildCommand, dbStartCommand, dbStatusCommand, dbStopCommand } from './commands/db';
import { DRAFT_OPTIONS, draftCommand } from './commands/draft';
import type { DraftCommandOptions } from './commands/draft';
import { EXPORT_FORMATS, exportCommand } from './commands/export';
import type { ExportOptions } from './commands/export';
import { importCommand } from './commands/import';
import { ingestCommand } from './commands/ingest';
import { migrateCommand } from './commands/migrate';
import { statsCommand } from './commands/stats';
import { positionTypesCommand } from './commands/position-types';
import type { PositionTypesFormat } from './commands/position-types';
import { commaList, formatOption } from './comparison-options';
import { DEFAULT_BATCH_SIZE } from '../ingest/ingest';
import { serveCommand } from './commands/serve';
import { createContext } from './context';
import type { CommandContext } from './context';
import { addComparisonCommands } from './comparison-commands';
import { addFindCommands } from './find-commands';

interface GlobalOptions {
  neo4jUri?: string;
  logLevel?: string;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError('expected a port number from 0 to 65535');
  }
  return port;
}

/**
 * The command tree; actions receive a typed context. Commander throws instead of exiting (set
 * before the subcommands so they inherit it): only main.ts exits the process.
 */
export function buildProgram(output?: OutputConfiguration): Command {
  const program = new Command('diplograph').exitOverride();
  if (output) program.configureOutput(output);
  program
    .description('A knowledge graph of diplomatic statements and the positions they take')
    .version(VERSION)
    .option(
      '--neo4j-uri <uri>',
      'a Neo4j server to use instead of the embedded one (env NEO4J_URI)',
    )
    .addOption(
      new Option('--log-level <level>', 'log level (env LOG_LEVEL)').choices([
        'trace',
        'debug',
        'info',
        'warn',
        'error',
        'silent',
      ]),
    )
    .showHelpAfterError();

  const context = (overrides: ConfigOverrides = {}) => {
    const global = program.opts<GlobalOptions>();
    return createContext({
      ...overrides,
      ...(global.neo4jUri ? { neo4jUri: global.neo4jUri } : {}),
      ...(global.logLevel ? { logLevel: global.logLevel } : {}),
    });
  };

  addServerCommands(program, context);
  addGraphCommands(program, context);
  addImportAndDraftCommands(program, context);
  addOutputCommands(program, context);
  addFindCommands(program, () => context());
  addComparisonCommands(program, () => context());
  addDbCommands(program, context);
  return program;
}

/** Makes a command's context, with the global options and what the command overrides. */
type ContextMaker = (overrides?: ConfigOverrides) => CommandContext;

function addServerCommands(program: Command, context: ContextMaker): void {
  program
    .command('serve')
    .description(
      'start Neo4j (embedded unless NEO4J_URI), migrate, and serve the API (what npm start runs)',
    )
    .option('--host <host>', 'address to listen on (env DIPLOGRAPH_HOST)')
    .option('--port <port>', 'port to listen on (env DIPLOGRAPH_PORT)', portNumber)
    .action(async (options: { host?: string; port?: number }) => {
      const http = {
        ...(options.host ? { host: options.host } : {}),
        ...(options.port !== undefined ? { port: options.port } : {}),
      };
      await serveCommand(context({ http }));
    });

  program
    .command('migrate')
    .description('apply the schema migrations in cypher/migrations that the graph has not had')
    .action(async () => migrateCommand(context()));
}

const batchSize = (value: string): number => {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new InvalidArgumentError('expected a whole number above 0');
  return size;
};

/** ingest, validate: the graph's data in. */
function addGraphCommands(program: Command, context: ContextMaker): void {
  program
    .command('ingest')
    .description(
      'validate and write statements from YAML, JSON or NDJSON files or directories, all or nothing',
    )
    .argument('<paths...>', 'files or directories; - for standard input')
    .addOption(
      new Option('--stdin-format <format>', 'format of standard input')
        .choices(['yaml', 'json', 'ndjson'])
        .default('ndjson'),
    )
    .option('--dry-run', 'validate only; write nothing')
    .option('--batch-size <rows>', 'rows per UNWIND query', batchSize, DEFAULT_BATCH_SIZE)
    .option(
      '--commit-every <statements>',
      'commit every N statements instead of once (large feeds; a re-run completes a broken one)',
      batchSize,
    )
    .option('--json', 'print the report as JSON')
    .action(
      async (
        paths: string[],
        options: {
          stdinFormat: 'yaml' | 'json' | 'ndjson';
          dryRun?: boolean;
          batchSize: number;
          commitEvery?: number;
          json?: boolean;
        },
      ) =>
        ingestCommand(context(), paths, {
          stdinFormat: options.stdinFormat,
          dryRun: options.dryRun === true,
          batchSize: options.batchSize,
          ...(options.commitEvery ? { commitEvery: options.commitEvery } : {}),
          json: options.json === true,
        }),
    );
  program
    .command('validate')
    .description('check files as ingest would, against the graph, without writing')
    .argument('<paths...>', 'files or directories; - for standard input')
    .addOption(
      new Option('--stdin-format <format>', 'format of standard input')
        .choices(['yaml', 'json', 'ndjson'])
        .default('ndjson'),
    )
    .option('--json', 'print the report as JSON')
    .action(
      async (
        paths: string[],
        options: { stdinFormat: 'yaml' | 'json' | 'ndjson'; json?: boolean },
      ) =>
        ingestCommand(context(), paths, {
          stdinFormat: options.stdinFormat,
          dryRun: true,
          batchSize: DEFAULT_BATCH_SIZE,
          json: options.json === true,
        }),
    );
}

/** import, draft: a first bulk load, and statements drafted from an article. */
function addImportAndDraftCommands(program: Command, context: ContextMaker): void {
  program
    .command('import')
    .description(
      "a first load into an empty embedded database, through Neo4j's offline importer: validated as ingest validates, much faster for millions of statements",
    )
    .argument('<paths...>', 'files or directories')
    .option(
      '--batch-size <rows>',
      'statements read and planned at a time',
      batchSize,
      DEFAULT_BATCH_SIZE,
    )
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], options: { batchSize: number; json?: boolean }) =>
      importCommand(context(), paths, {
        batchSize: options.batchSize,
        json: options.json === true,
      }),
    );
  program
    .command('draft')
    .description(
      'draft statements from an article (text or HTML) in the ingestion format, to review before ingest',
    )
    .argument('<file>', 'the article; - for standard input')
    .option(DRAFT_OPTIONS.out.flags, DRAFT_OPTIONS.out.description)
    .option(DRAFT_OPTIONS.with.flags, DRAFT_OPTIONS.with.description)
    .option(DRAFT_OPTIONS.textOut.flags, DRAFT_OPTIONS.textOut.description)
    .action(async (file: string, options: DraftCommandOptions) =>
      draftCommand(context(), file, options),
    );
}

/** export, stats: the graph's data out. */
function addOutputCommands(program: Command, context: ContextMaker): void {
  program
    .command('export')
    .description(
      'write the graph: the ingestion format (json: everything; ndjson: statements), or for other tools GraphML, GEXF or CSV tables, whole or a slice',
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('json'),
    )
    .option(
      '--out <path>',
      'write to a file instead of standard output; for csv, a directory (required)',
    )
    .option('--topic <id>', 'graphml, gexf, csv: statements on this topic (id or name)')
    .option(
      '--actors <ids>',
      'graphml, gexf, csv: statements made by or on behalf of these actors (ids, names or aliases; comma-separated)',
      commaList,
    )
    .option('--from <date>', 'graphml, gexf, csv: statements from this day, month or year')
    .option('--to <date>', 'graphml, gexf, csv: statements up to this day, month or year (whole)')
    .action(async (options: ExportOptions) => exportCommand(context(), options));
  program
    .command('stats')
    .description('count nodes per label and relationships per type')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => statsCommand(context(), options.json === true));
  program
    .command('position-types')
    .description('list the position types (core and defined by files) as a tree')
    .addOption(formatOption(['table', 'json', 'csv']))
    .action(async (options: { format: PositionTypesFormat }) =>
      positionTypesCommand(context(), options.format),
    );
}

function addDbCommands(program: Command, context: ContextMaker): void {
  const db = program.command('db').description('the embedded Neo4j');
  db.command('start')
    .description('start the embedded Neo4j in the background (it keeps running after this command)')
    .action(async () => dbStartCommand(context()));
  db.command('stop')
    .description('stop the embedded Neo4j started by db start or npm start')
    .action(async () => dbStopCommand(context()));
  db.command('build')
    .description('build the embedded Neo4j launcher now (Maven), instead of at the first start')
    .action(async () => dbBuildCommand(context()));
  db.command('status')
    .description('say which Neo4j is used and whether it answers (exit 3 when down)')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) =>
      dbStatusCommand(context(), options.json === true),
    );
}
