import {
  agreement,
  databaseReader,
  divergences,
  positionHistory,
  positionMatrix,
  scopeLabels,
} from '../../comparison';
import type {
  AgreementInput,
  ComparisonInput,
  DivergenceInput,
  HistoryInput,
  QueryReader,
} from '../../comparison';
import { agreementData, historyData, timelineData } from '../../explorer/adapt';
import { agreementSpec } from '../../explorer/charts/agreement';
import { historySpec } from '../../explorer/charts/history';
import { timelineSpec } from '../../explorer/charts/timeline';
import type { AnyFormat, OutputFormat } from '../comparison-options';
import type { CommandContext } from '../context';
import { formatAgreementTable } from '../format/agreement-table';
import { chartOutput, isChartFormat } from '../format/chart';
import { agreementCsv, divergencesCsv, historyCsv, matrixCsv } from '../format/csv';
import { formatDivergencesTable } from '../format/divergences-table';
import { formatHistoryTable } from '../format/history-table';
import { DEFAULT_TABLE_WIDTH, formatMatrixTable } from '../format/matrix-table';
import { jsonText } from '../format/text';
import { emit } from '../output';
import { withDatabase } from '../with-database';

/**
 * The comparison commands: each asks src/comparison once and prints the result as a table, JSON
 * (the service's object as is), CSV, or (compare, agreement, history) a chart as SVG or HTML,
 * with actor names and position labels read in the same connection. `--out` writes a file. Service errors (BAD_ARGUMENT, NOT_FOUND, LIMIT_EXCEEDED)
 * propagate to report-error.ts.
 */

function ask<T>(context: CommandContext, question: (read: QueryReader) => Promise<T>): Promise<T> {
  return withDatabase(context, (db) => question(databaseReader(db)));
}

function tableWidth(): number {
  return process.stdout.isTTY && process.stdout.columns > 0
    ? process.stdout.columns
    : DEFAULT_TABLE_WIDTH;
}

export async function compareCommand(
  context: CommandContext,
  input: ComparisonInput,
  format: AnyFormat,
  out?: string,
): Promise<void> {
  const { matrix, labels } = await ask(context, async (read) => {
    const found = await positionMatrix(read, input);
    const named = isChartFormat(format)
      ? await scopeLabels(read, found.actors, found.positions)
      : undefined;
    return { matrix: found, labels: named };
  });
  const text = isChartFormat(format)
    ? await chartOutput(timelineSpec(timelineData(matrix, labels)), format)
    : format === 'json'
      ? jsonText(matrix)
      : format === 'csv'
        ? matrixCsv(matrix)
        : formatMatrixTable(matrix, { width: tableWidth() });
  await emit(text, out);
}

export async function agreementCommand(
  context: CommandContext,
  input: AgreementInput,
  format: AnyFormat,
  out?: string,
): Promise<void> {
  const { result, labels } = await ask(context, async (read) => {
    const found = await agreement(read, input);
    const named = isChartFormat(format) ? await scopeLabels(read, found.actors, []) : undefined;
    return { result: found, labels: named };
  });
  const text = isChartFormat(format)
    ? await chartOutput(agreementSpec(agreementData(result, labels)), format)
    : format === 'json'
      ? jsonText(result)
      : format === 'csv'
        ? agreementCsv(result)
        : formatAgreementTable(result);
  await emit(text, out);
}

export async function historyCommand(
  context: CommandContext,
  input: HistoryInput,
  format: AnyFormat,
  out?: string,
): Promise<void> {
  const { history, labels } = await ask(context, async (read) => {
    const found = await positionHistory(read, input);
    const named = isChartFormat(format)
      ? await scopeLabels(read, [found.actor], [found.position])
      : undefined;
    return { history: found, labels: named };
  });
  const text = isChartFormat(format)
    ? await chartOutput(historySpec(historyData(history, labels)), format)
    : format === 'json'
      ? jsonText(history)
      : format === 'csv'
        ? historyCsv(history)
        : formatHistoryTable(history);
  await emit(text, out);
}

export async function divergencesCommand(
  context: CommandContext,
  input: DivergenceInput,
  format: OutputFormat,
  out?: string,
): Promise<void> {
  const result = await ask(context, (read) => divergences(read, input));
  await emit(
    format === 'json'
      ? jsonText(result)
      : format === 'csv'
        ? divergencesCsv(result)
        : formatDivergencesTable(result),
    out,
  );
}
