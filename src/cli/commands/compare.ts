import {
  agreement,
  databaseReader,
  divergences,
  positionHistory,
  positionMatrix,
} from '../../comparison';
import type {
  AgreementInput,
  ComparisonInput,
  DivergenceInput,
  HistoryInput,
  QueryReader,
} from '../../comparison';
import type { OutputFormat } from '../comparison-options';
import type { CommandContext } from '../context';
import { formatAgreementTable } from '../format/agreement-table';
import { agreementCsv, divergencesCsv, matrixCsv } from '../format/csv';
import { formatDivergencesTable } from '../format/divergences-table';
import { formatHistoryTable } from '../format/history-table';
import { DEFAULT_TABLE_WIDTH, formatMatrixTable } from '../format/matrix-table';
import { jsonText } from '../format/text';
import { withDatabase } from '../with-database';

/**
 * The comparison commands: each asks src/comparison once and prints the result as a table, JSON
 * (the service's object as is) or CSV. Service errors (BAD_ARGUMENT, NOT_FOUND, LIMIT_EXCEEDED)
 * propagate to report-error.ts.
 */

function ask<T>(context: CommandContext, question: (read: QueryReader) => Promise<T>): Promise<T> {
  return withDatabase(context, (db) => question(databaseReader(db)));
}

/** Resolves once the text is handed to the OS, so that main's process.exit cuts nothing off. */
function print(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function tableWidth(): number {
  return process.stdout.isTTY && process.stdout.columns > 0
    ? process.stdout.columns
    : DEFAULT_TABLE_WIDTH;
}

export async function compareCommand(
  context: CommandContext,
  input: ComparisonInput,
  format: OutputFormat,
): Promise<void> {
  const matrix = await ask(context, (read) => positionMatrix(read, input));
  await print(
    format === 'json'
      ? jsonText(matrix)
      : format === 'csv'
        ? matrixCsv(matrix)
        : formatMatrixTable(matrix, { width: tableWidth() }),
  );
}

export async function agreementCommand(
  context: CommandContext,
  input: AgreementInput,
  format: OutputFormat,
): Promise<void> {
  const result = await ask(context, (read) => agreement(read, input));
  await print(
    format === 'json'
      ? jsonText(result)
      : format === 'csv'
        ? agreementCsv(result)
        : formatAgreementTable(result),
  );
}

export async function historyCommand(
  context: CommandContext,
  input: HistoryInput,
  format: Exclude<OutputFormat, 'csv'>,
): Promise<void> {
  const history = await ask(context, (read) => positionHistory(read, input));
  await print(format === 'json' ? jsonText(history) : formatHistoryTable(history));
}

export async function divergencesCommand(
  context: CommandContext,
  input: DivergenceInput,
  format: OutputFormat,
): Promise<void> {
  const result = await ask(context, (read) => divergences(read, input));
  await print(
    format === 'json'
      ? jsonText(result)
      : format === 'csv'
        ? divergencesCsv(result)
        : formatDivergencesTable(result),
  );
}
