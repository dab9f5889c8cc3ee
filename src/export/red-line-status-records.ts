import type { StatementExportRow } from './export.queries';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A statement's red line statuses as the ingestion format gives them, sorted. `by` is left out
 * when it is the statement's onBehalfOf, which is what a record that leaves it out means: the
 * export then ingests back to the same graph and exports the same again.
 */
export function redLineStatusRecords(
  row: StatementExportRow,
  refOf: ReadonlyMap<string, string>,
): Record<string, unknown>[] | undefined {
  if (row.redLineStatuses.length === 0) return undefined;
  const onBehalfOf = [...new Set(row.onBehalfOf)].sort(byString).join('\u0000');
  return row.redLineStatuses
    .map((s) => {
      const by = [...s.by].sort(byString);
      const record: Record<string, unknown> = {
        redLine: s.redLine,
        status: s.status,
        quote: refOf.get(s.quoteId),
      };
      if (by.join('\u0000') !== onBehalfOf) record.by = by;
      return { record, order: [s.redLine, s.status, refOf.get(s.quoteId) ?? '', ...by] };
    })
    .sort((a, b) => byString(a.order.join('\u0000'), b.order.join('\u0000')))
    .map(({ record }) => record);
}
