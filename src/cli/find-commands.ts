import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { DEFINABLE_ACTOR_KINDS } from '../model/vocabulary';
import { actorsCommand, positionsCommand, searchCommand, topicsCommand } from './commands/find';
import { SHOW_FORMATS, showCommand } from './commands/show';
import type { ShowFormat } from './commands/show';
import { changedBy, statusCommand } from './commands/status';
import type { CommandContext } from './context';
import { asOfOption } from './comparison-options';
import { RECORD_FORMATS } from './format/records';
import type { RecordFormat } from './format/records';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}

const formatOption = () =>
  new Option('--format <format>', 'output format').choices(RECORD_FORMATS).default('table');
const limitOption = (n: number) =>
  new Option('--limit <n>', 'at most this many').argParser(count).default(n);

interface ListOptions {
  name?: string;
  limit: number;
  format: RecordFormat;
}

/** actors, topics, positions, search, show: finding ids and what is behind them. */
export function addFindCommands(program: Command, context: () => CommandContext): void {
  program
    .command('actors')
    .description('list actors (id, kind, statements on their behalf, name)')
    .addOption(
      new Option('--kind <kind>', 'only of this kind').choices(['STATE', ...DEFINABLE_ACTOR_KINDS]),
    )
    .option('--name <text>', 'a part of the name or of an alias, any case')
    .option('--spoke', 'only actors on whose behalf a statement was made')
    .addOption(limitOption(300))
    .addOption(formatOption())
    .action(async (o: ListOptions & { kind?: string; spoke?: boolean }) =>
      actorsCommand(context(), { ...o, spoke: o.spoke === true }, o.format),
    );
  program
    .command('topics')
    .description('list topics (id, positions about them, statements on them, name)')
    .option('--name <text>', 'a part of the name or id, any case')
    .addOption(limitOption(300))
    .addOption(formatOption())
    .action(async (o: ListOptions) => topicsCommand(context(), o, o.format));
  program
    .command('positions')
    .description('list positions (id, type, stances taken, what they are about, label)')
    .option(
      '--type <type>',
      'only of this type or a type under it: its id or label, e.g. MEDIATION',
    )
    .option('--topic <topic>', 'about a topic or taken on it: its id or name')
    .option('--about <subject>', 'about this actor, place or topic: its id, name or alias')
    .option('--name <text>', 'a part of the label or id, any case')
    .addOption(limitOption(300))
    .addOption(formatOption())
    .action(async (o: ListOptions & { type?: string; topic?: string; about?: string }) =>
      positionsCommand(context(), o, o.format),
    );
  program
    .command('search')
    .description('full-text search of quotes and summaries, with the statement and speaker')
    .argument('<text...>', 'words (Lucene syntax: "a phrase", wild*, a OR b)')
    .option('--include-retracted', 'retracted and superseded statements too')
    .addOption(asOfOption())
    .addOption(limitOption(20))
    .addOption(formatOption())
    .action(async (words: string[], o: ListOptions & { includeRetracted?: boolean; asOf?: Date }) =>
      searchCommand(
        context(),
        words.join(' '),
        { limit: o.limit, includeRetracted: o.includeRetracted === true, asOf: o.asOf },
        o.format,
      ),
    );
  program
    .command('show')
    .description(
      'a statement with its stances and quotes, an actor with its recent statements, or a position with every actor’s stance (a red line also with its statuses)',
    )
    .argument('<id-or-name>', 'a statement id, or an actor or position by id, name or alias')
    .addOption(limitOption(10))
    .addOption(
      new Option('--format <format>', 'table (labels beside ids) or json (the same data)')
        .choices(SHOW_FORMATS)
        .default('table'),
    )
    // The option before --format existed; kept so that scripts written for it still run.
    .addOption(new Option('--json', 'same as --format json').hideHelp())
    .action(async (text: string, o: { limit: number; format: ShowFormat; json?: boolean }) =>
      showCommand(context(), text, { recent: o.limit, format: o.json ? 'json' : o.format }),
    );
  addStatusCommands(program, context);
}

/** retract, supersede: what the API's mutations do, from the terminal. */
function addStatusCommands(program: Command, context: () => CommandContext): void {
  const as = '--as <name>';
  const asDoc = 'who makes the change, recorded with it (default cli:<your user name>)';
  program
    .command('retract')
    .description('mark a statement retracted: kept, with the reason, out of lists and comparisons')
    .argument('<statement>', 'the statement id')
    .requiredOption('--reason <text>', 'why')
    .option(as, asDoc)
    .action(async (id: string, o: { reason: string; as?: string }) =>
      statusCommand(context(), { kind: 'RETRACT', id, reason: o.reason, by: changedBy(o.as) }),
    );
  program
    .command('supersede')
    .description('mark a statement superseded by another one already in the graph')
    .argument('<statement>', 'the statement id')
    .argument('<replacement>', 'the id of the statement that replaces it (ingest it first)')
    .requiredOption('--reason <text>', 'why')
    .option(as, asDoc)
    .action(async (id: string, replacement: string, o: { reason: string; as?: string }) =>
      statusCommand(context(), {
        kind: 'SUPERSEDE',
        id,
        replacement,
        reason: o.reason,
        by: changedBy(o.as),
      }),
    );
}
