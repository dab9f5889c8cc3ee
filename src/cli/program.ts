import { Command, InvalidArgumentError, Option } from 'commander';
import type { OutputConfiguration } from 'commander';
import type { Interval, Measure, MissingMode, StanceBasis } from '../analysis';
import type { ConfigOverrides } from '../config/config';
import type { Modality } from '../model/vocabulary';
import { VERSION } from '../config/version';
import { dbBuildCommand, dbStartCommand, dbStatusCommand, dbStopCommand } from './commands/db';
import { exportCommand } from './commands/export';
import { ingestCommand } from './commands/ingest';
import { migrateCommand } from './commands/migrate';
import { statsCommand } from './commands/stats';
import {
  agreementCommand,
  compareCommand,
  divergencesCommand,
  historyCommand,
} from './commands/compare';
import {
  addModalitiesOption,
  addScopeOptions,
  commaList,
  formatOption,
  OUTPUT_FORMATS,
  parseBasis,
  parseInterval,
  parseMeasure,
  parseMissing,
  requirePositionScope,
  scopeInput,
  wholeNumber,
} from './comparison-options';
import type { OutputFormat, ScopeOptions } from './comparison-options';
import { DEFAULT_BATCH_SIZE } from '../ingest/ingest';
import { serveCommand } from './commands/serve';
import { createContext } from './context';
import { DEFAULT_TABLE_WIDTH, MATRIX_LEGEND } from './format/matrix-table';
import type { CommandContext } from './context';

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

interface ComparisonOptions extends ScopeOptions {
  actors: string[];
  from: string;
  to: string;
  interval: Interval;
  format: OutputFormat;
}

/**
 * compare, agreement, history and divergences: src/comparison on the command line. Enum-like
 * values are matched case-insensitively (comparison-options.ts); an unknown one exits 2.
 */
function addComparisonCommands(program: Command, context: () => CommandContext): void {
  const DATE_HELP =
    'a day, month or year (2020-09-15, 2020-09, 2020; a month or year counts whole)';
  const intervalOption = (fallback: Interval) =>
    new Option('--interval <interval>', 'buckets: month, quarter, year or none (the whole window)')
      .argParser(parseInterval)
      .default(fallback, fallback.toLowerCase());
  /** The options compare and agreement share: who, what, when. */
  const comparison = (name: string, description: string, interval: Interval) =>
    addModalitiesOption(
      addScopeOptions(
        program
          .command(name)
          .description(description)
          .requiredOption('--actors <ids>', 'actors by id, comma-separated', commaList),
      )
        .requiredOption('--from <date>', `start: ${DATE_HELP}`)
        .requiredOption('--to <date>', `end: ${DATE_HELP}`)
        .addOption(intervalOption(interval)),
    );
  const comparisonInput = (options: ComparisonOptions) => ({
    actors: options.actors,
    ...scopeInput(options),
    from: options.from,
    to: options.to,
    interval: options.interval,
  });

  comparison(
    'compare',
    'the stance of each actor on each position, bucket by bucket (carried stances marked)',
    'MONTH',
  )
    .addOption(formatOption(OUTPUT_FORMATS))
    .addHelpText(
      'after',
      `\nThe table: a block per position, a row per actor, a column per bucket; buckets that do\n` +
        `not fit the terminal (${DEFAULT_TABLE_WIDTH} columns when not a terminal) wrap under a repeated header.\n` +
        `${MATRIX_LEGEND}\n`,
    )
    .action(async (options: ComparisonOptions, command: Command) => {
      requirePositionScope(command, options);
      await compareCommand(context(), comparisonInput(options), options.format);
    });

  comparison(
    'agreement',
    'how far each pair of actors agrees on the positions, bucket by bucket, with n and the positions',
    'NONE',
  )
    .addOption(
      new Option('--measure <measure>', 'agreement-index, s-score, scott-pi or cohen-kappa')
        .argParser(parseMeasure)
        .default('S_SCORE', 's-score'),
    )
    .addOption(
      new Option(
        '--missing <mode>',
        'exclude: positions both addressed; neutral: either, silence counting as 0',
      )
        .argParser(parseMissing)
        .default('EXCLUDE', 'exclude'),
    )
    .option('--min-overlap <n>', 'fewer positions counted than this: no score', wholeNumber, 1)
    .addOption(
      new Option(
        '--basis <basis>',
        'in-force: stances held at the end of each bucket; expressed: only those stated in it',
      )
        .argParser(parseBasis)
        .default('IN_FORCE', 'in-force'),
    )
    .addOption(formatOption(OUTPUT_FORMATS))
    .action(
      async (
        options: ComparisonOptions & {
          measure: Measure;
          missing: MissingMode;
          minOverlap: number;
          basis: StanceBasis;
        },
        command: Command,
      ) => {
        requirePositionScope(command, options);
        await agreementCommand(
          context(),
          {
            ...comparisonInput(options),
            measure: options.measure,
            missing: options.missing,
            minOverlap: options.minOverlap,
            basis: options.basis,
          },
          options.format,
        );
      },
    );

  addModalitiesOption(
    program
      .command('history')
      .description("an actor's stances on one position, day by day, with each shift marked")
      .requiredOption('--actor <id>', 'the actor')
      .requiredOption('--position <id>', 'the position'),
  )
    .addOption(formatOption(['table', 'json']))
    .action(
      async (options: {
        actor: string;
        position: string;
        modalities?: Modality[];
        format: 'table' | 'json';
      }) =>
        historyCommand(
          context(),
          {
            actor: options.actor,
            position: options.position,
            ...(options.modalities ? { modalities: options.modalities } : {}),
          },
          options.format,
        ),
    );

  addModalitiesOption(
    addScopeOptions(
      program
        .command('divergences')
        .description('spans in which one actor supported and another opposed the same position')
        .option(
          '--actors <ids>',
          'actors by id, comma-separated (default: all that spoke)',
          commaList,
        ),
    )
      .option('--from <date>', `start: ${DATE_HELP} (default: open)`)
      .option('--to <date>', `end: ${DATE_HELP} (default: open)`)
      .option('--expressed-in-window', 'both sides must have stated their stance in the window'),
  )
    .addOption(formatOption(OUTPUT_FORMATS))
    .action(
      async (
        options: ScopeOptions & {
          actors?: string[];
          from?: string;
          to?: string;
          expressedInWindow?: boolean;
          format: OutputFormat;
        },
        command: Command,
      ) => {
        requirePositionScope(command, options);
        await divergencesCommand(
          context(),
          {
            ...scopeInput(options),
            ...(options.actors ? { actors: options.actors } : {}),
            ...(options.from !== undefined ? { from: options.from } : {}),
            ...(options.to !== undefined ? { to: options.to } : {}),
            ...(options.expressedInWindow ? { expressedInWindow: true } : {}),
          },
          options.format,
        );
      },
    );
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

  const batchSize = (value: string): number => {
    const size = Number(value);
    if (!Number.isInteger(size) || size < 1)
      throw new InvalidArgumentError('expected a whole number above 0');
    return size;
  };
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
  program
    .command('export')
    .description('write the graph in the ingestion format (json: everything; ndjson: statements)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'ndjson']).default('json'),
    )
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { format: 'json' | 'ndjson'; out?: string }) =>
      exportCommand(context(), options.format, options.out),
    );
  program
    .command('stats')
    .description('count nodes per label and relationships per type')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => statsCommand(context(), options.json === true));

  addComparisonCommands(program, () => context());

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

  return program;
}
