import { Option } from 'commander';
import type { Command } from 'commander';
import {
  AGREEMENT,
  describeField,
  DIVERGENCES,
  POSITION_HISTORY,
  POSITION_MATRIX,
  parseAsOf,
  REQUEST_ENUMS,
} from '../comparison';
import type { ComparisonOperation, RequestField, RequestFields, RequestOf } from '../comparison';
import {
  agreementCommand,
  compareCommand,
  divergencesCommand,
  historyCommand,
} from './commands/compare';
import {
  allowedText,
  AS_OF_VALUES,
  commaList,
  CHART_FORMATS,
  formatOption,
  listOf,
  oneOf,
  outOption,
  OUTPUT_FORMATS,
  requirePositionScope,
  wholeNumber,
} from './comparison-options';
import type { AnyFormat } from './comparison-options';
import type { CommandContext } from './context';
import { cliName } from './format/text';
import { DEFAULT_TABLE_WIDTH, MATRIX_LEGEND } from './format/matrix-table';

/**
 * compare, agreement, history and divergences: src/comparison on the command line. Each option
 * is made from the field of the request it sets (src/comparison/request.ts): its name, value,
 * help, default and whether it is required. Enum-like values are matched case-insensitively
 * (comparison-options.ts); an unknown one exits 2.
 */

/** `positionTypes` → `--position-types`. */
export function flagOf(name: string): string {
  return `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The help of a field's option: its doc, its limit, and the values it takes. */
export function optionHelp(field: RequestField): string {
  const text = describeField(field);
  switch (field.type.kind) {
    case 'ids':
      return `${text} Comma-separated.`;
    case 'positionTypes':
      return `${text} Comma-separated; \`diplograph position-types\` lists them.`;
    case 'enum':
      return `${text} One of ${allowedText(REQUEST_ENUMS[field.type.enum])}.`;
    case 'enums':
      return `${text} Comma-separated: ${allowedText(REQUEST_ENUMS[field.type.enum])}.`;
    case 'instant':
      return `${text} ${AS_OF_VALUES}`;
    default:
      return text;
  }
}

/** The command-line option of one request field. */
export function optionOf(name: string, field: RequestField): Option {
  const flag = field.value === undefined ? flagOf(name) : `${flagOf(name)} ${field.value}`;
  const option = new Option(flag, optionHelp(field));
  const { type } = field;
  if (type.kind === 'ids' || type.kind === 'positionTypes') option.argParser(commaList);
  if (type.kind === 'enum') option.argParser(oneOf(REQUEST_ENUMS[type.enum]));
  if (type.kind === 'enums') option.argParser(listOf(REQUEST_ENUMS[type.enum]));
  if (type.kind === 'count') option.argParser(wholeNumber);
  // A BAD_ARGUMENT naming the option (exit 1), as the service refuses a bad window end.
  if (type.kind === 'instant') option.argParser((value: string) => parseAsOf(value, flagOf(name)));
  if (field.required) option.makeOptionMandatory();
  // A flag is off unless given; the service knows its default.
  if (field.default !== undefined && type.kind !== 'flag') {
    const shown = typeof field.default === 'string' ? cliName(field.default) : `${field.default}`;
    option.default(field.default, shown);
  }
  return option;
}

/** What a command adds to its operation: output formats, help, and what it does. */
interface CommandFace<F extends RequestFields, Format extends AnyFormat> {
  readonly operation: ComparisonOperation & { readonly fields: F };
  readonly formats: readonly Format[];
  readonly helpAfter?: string;
  run(context: CommandContext, request: RequestOf<F>, format: Format, out?: string): Promise<void>;
}

function addCommand<F extends RequestFields, Format extends AnyFormat>(
  program: Command,
  context: () => CommandContext,
  face: CommandFace<F, Format>,
): void {
  const { command: about, fields } = face.operation;
  if (about === undefined) throw new Error(`${face.operation.query} has no command to add`);
  const command = program.command(about.name).description(about.summary);
  for (const [name, field] of Object.entries(fields)) {
    if (!field.apiOnly) command.addOption(optionOf(name, field));
  }
  command.addOption(formatOption(face.formats));
  command.addOption(outOption());
  if (face.helpAfter !== undefined) command.addHelpText('after', face.helpAfter);
  // Commander gives each option under the name of its field: the options are the request
  // (`format` aside, which the service does not read).
  command.action(
    async (options: RequestOf<F> & { format: Format; out?: string }, self: Command) => {
      if (about.needsPositions) requirePositionScope(self, options);
      await face.run(context(), options, options.format, options.out);
    },
  );
}

/** Any command's face (`run` is a method, so a face of one request is one of any request). */
type AnyFace = CommandFace<RequestFields, AnyFormat>;

function face<F extends RequestFields, Format extends AnyFormat>(
  made: CommandFace<F, Format>,
): CommandFace<F, Format> {
  return made;
}

/** The comparison commands, in the order of `--help` and the README. */
export const COMPARISON_COMMANDS: readonly AnyFace[] = [
  face({
    operation: POSITION_MATRIX,
    formats: [...OUTPUT_FORMATS, ...CHART_FORMATS],
    helpAfter:
      `\nThe table: a block per position, a row per actor, a column per bucket; buckets that do\n` +
      `not fit the terminal (${DEFAULT_TABLE_WIDTH} columns when not a terminal) wrap under a repeated header.\n` +
      `${MATRIX_LEGEND}\n`,
    run: compareCommand,
  }),
  face({
    operation: AGREEMENT,
    formats: [...OUTPUT_FORMATS, ...CHART_FORMATS],
    run: agreementCommand,
  }),
  face({
    operation: POSITION_HISTORY,
    formats: [...OUTPUT_FORMATS, ...CHART_FORMATS],
    run: historyCommand,
  }),
  face({ operation: DIVERGENCES, formats: OUTPUT_FORMATS, run: divergencesCommand }),
];

export function addComparisonCommands(program: Command, context: () => CommandContext): void {
  for (const command of COMPARISON_COMMANDS) addCommand(program, context, command);
}
