import { compareStrings } from '../../analysis/order';
import type { StatementInput } from '../format';
import { IssueCode } from '../issues';
import type { Origin } from '../validate/origin';
import type { References } from '../validate/references';
import type { WritePlan } from './write-plan';

type RedLineStatusRow = WritePlan['statements'][number]['redLineStatuses'][number];

/**
 * The red line statuses a statement reports, as rows: each red line checked to be a RED_LINE
 * position of the batch or the graph, each quote a ref of the statement, and `by` resolved to
 * actor ids (the statement's onBehalfOf when left out), sorted so that the content hash does
 * not depend on the order they were given in. Keys are written in sorted order (hashed).
 */
export function redLineStatusRows(
  refs: References,
  s: StatementInput,
  o: Origin,
  statement: { id: string; onBehalfOf: readonly string[] },
  quoteIds: ReadonlyMap<string, string>,
): RedLineStatusRow[] {
  const seen = new Set<string>();
  return s.redLineStatuses.flatMap((rs, i) => {
    const at = ['redLineStatuses', i];
    const key = JSON.stringify([rs.redLine, rs.status, rs.quote]);
    if (seen.has(key))
      refs.issue(
        o,
        at,
        IssueCode.DUPLICATE_ID,
        'the same red line, status and quote are given twice in this statement',
      );
    seen.add(key);
    const quoteId = refs.quoteOf(quoteIds, rs.quote, o, [...at, 'quote']);
    const redLineOk = refs.isPositionOfType('RED_LINE', rs.redLine, o, [...at, 'redLine']);
    const given = rs.by?.map((ref, j) => refs.resolveActor(ref, o, [...at, 'by', j]));
    const by = given?.filter((id) => id !== undefined) ?? statement.onBehalfOf;
    if (!quoteId || !redLineOk || by.length !== (given ?? by).length) return [];
    return [
      {
        by: [...new Set(by)].sort(compareStrings),
        quoteId,
        redLineId: rs.redLine,
        statementId: statement.id,
        status: rs.status,
      },
    ];
  });
}
