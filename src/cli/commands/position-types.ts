import { databaseReader } from '../../comparison';
import { readPositionTypes } from '../../comparison/position-types';
import type { CommandContext } from '../context';
import {
  positionTypesCsv,
  positionTypesJson,
  positionTypesTable,
} from '../format/position-types-table';
import { jsonText } from '../format/text';
import { withDatabase } from '../with-database';

export type PositionTypesFormat = 'table' | 'json' | 'csv';

/** `diplograph position-types`: every type of the graph, as a tree. */
export async function positionTypesCommand(
  context: CommandContext,
  format: PositionTypesFormat,
): Promise<void> {
  const { rows } = await withDatabase(context, (db) => readPositionTypes(databaseReader(db)));
  const text =
    format === 'json'
      ? jsonText(positionTypesJson(rows))
      : format === 'csv'
        ? positionTypesCsv(rows)
        : positionTypesTable(rows);
  process.stdout.write(text);
}
