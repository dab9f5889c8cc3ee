import { stringify } from 'csv-stringify/sync';
import type {
  AgreementResult,
  DivergenceResult,
  PositionHistory,
  PositionMatrix,
} from '../../comparison';
import { dayStanceText } from './history-table';
import { statementIds } from './text';

/**
 * `--format csv`: a header, then one row per cell, pair or divergence. Quoting is csv-stringify's
 * (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled). Lists (statement
 * ids, positions) are joined with `;`; a missing value is an empty field; booleans are true/false.
 */

export type CsvValue = string | number | boolean | null;

function field(value: CsvValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([[...header], ...rows.map((row) => row.map(field))]);
}

const LIST_SEPARATOR = ';';

export const MATRIX_CSV_HEADER = [
  'actor',
  'position',
  'bucket',
  'from',
  'to',
  'stance',
  'carried',
  'mixed',
  'statedOn',
  'supports',
  'opposes',
  'neutral',
  'evidence',
] as const;

export function matrixCsv(matrix: PositionMatrix): string {
  return csvText(
    MATRIX_CSV_HEADER,
    matrix.cells.map((cell) => [
      cell.actorId,
      cell.positionId,
      cell.bucket.key,
      cell.bucket.from,
      cell.bucket.to,
      cell.stance,
      cell.carried,
      cell.mixed,
      cell.statedOn,
      cell.supports,
      cell.opposes,
      cell.neutral,
      statementIds(cell.evidence).join(LIST_SEPARATOR),
    ]),
  );
}

export const AGREEMENT_CSV_HEADER = [
  'actorA',
  'actorB',
  'bucket',
  'from',
  'to',
  'measure',
  'score',
  'n',
  'reason',
  'positions',
] as const;

/** The score at full precision (the table rounds it); empty when undefined, with the reason. */
export function agreementCsv(result: AgreementResult): string {
  return csvText(
    AGREEMENT_CSV_HEADER,
    result.pairs.map((pair) => [
      pair.actorA,
      pair.actorB,
      pair.bucket.key,
      pair.bucket.from,
      pair.bucket.to,
      pair.measure,
      pair.result.value,
      pair.result.n,
      pair.result.reason ?? null,
      pair.result.positions.join(LIST_SEPARATOR),
    ]),
  );
}

export const DIVERGENCES_CSV_HEADER = [
  'position',
  'from',
  'to',
  'supporter',
  'supporterEvidence',
  'opposer',
  'opposerEvidence',
] as const;

export function divergencesCsv(result: DivergenceResult): string {
  return csvText(
    DIVERGENCES_CSV_HEADER,
    result.divergences.map((divergence) => [
      divergence.positionId,
      divergence.from,
      divergence.to,
      divergence.supporter.actorId,
      statementIds(divergence.supporter.evidence).join(LIST_SEPARATOR),
      divergence.opposer.actorId,
      statementIds(divergence.opposer.evidence).join(LIST_SEPARATOR),
    ]),
  );
}

export const HISTORY_CSV_HEADER = [
  'actor',
  'position',
  'date',
  'stance',
  'mixed',
  'shift',
  'previousStance',
  'evidence',
] as const;

/**
 * A row per day the actor said something on the position, oldest first: the day's stance (MIXED
 * when its statements disagree), whether it shifts from the day before, and that day's stance.
 */
export function historyCsv(history: PositionHistory): string {
  const shiftTo = new Map(history.shifts.map((shift) => [shift.to.date, shift]));
  return csvText(
    HISTORY_CSV_HEADER,
    history.stances.map((day) => {
      const shift = shiftTo.get(day.date);
      return [
        history.actor,
        history.position,
        day.date,
        dayStanceText(day),
        day.mixed,
        shift !== undefined,
        shift === undefined ? null : dayStanceText(shift.from),
        statementIds(day.evidence).join(LIST_SEPARATOR),
      ];
    }),
  );
}
