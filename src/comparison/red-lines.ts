import type { Modality, RedLineStatus, Stance } from '../model/vocabulary';
import { asOfParam } from './as-of';
import { redLineDeclarations, redLineRows } from './comparison.queries';
import type { RedLineRow, RedLineStatementRow } from './comparison.queries';
import { redLineStatuses } from './red-line-statuses.queries';
import type { QueryReader } from './query-reader';
import { withNamesResolved } from './names';
import { RED_LINES } from './request';
import type { RedLinesInput } from './request';
import { parseWindow } from './window';
import type { Window } from './window';

/**
 * How a statement stands to a red line. The first statement of a declaring actor on it declares
 * it; later ones of declaring actors restate it; statements of anyone else invoke it (warn of
 * it, cite it, reject it).
 */
export type RedLineRole = 'DECLARES' | 'RESTATES' | 'INVOKES';

export interface RedLineStatement {
  readonly statementId: string;
  readonly date: string;
  readonly onBehalfOf: readonly string[];
  readonly quoteId: string;
  readonly stance: Stance;
  readonly act: string | null;
  readonly modality: Modality;
  readonly role: RedLineRole;
}

/** A red line's status as one statement reported it, on the statement's date. */
export interface RedLineStatusReport {
  readonly date: string;
  readonly status: RedLineStatus;
  readonly statementId: string;
  readonly quoteId: string;
  /** Who declared, restated, invoked or declared it crossed (actor ids). */
  readonly by: readonly string[];
}

export interface RedLineReport {
  readonly positionId: string;
  readonly condition: string;
  readonly threatenedResponse: string | null;
  readonly declaredBy: readonly string[];
  readonly triggerEvent: string | null;
  /** Oldest first; one entry per stance, so a statement taking two stances on it comes twice. */
  readonly statements: readonly RedLineStatement[];
  /** The statuses statements reported in the window, oldest first. */
  readonly statuses: readonly RedLineStatusReport[];
  /** The last status reported up to the end of the window (maybe before it), if any. */
  readonly latestStatus: RedLineStatusReport | null;
}

export interface RedLinesResult extends Window {
  /** The moment the answer is as of; null: the present. */
  readonly asOf?: Date | null;
  readonly redLines: readonly RedLineReport[];
}

/**
 * Declared red lines with their conditions, threatened responses and trigger events, the
 * statements of the window that declare, restate or invoke them, and the statuses statements
 * reported (declared, restated, invoked, declared crossed) with the latest up to the window's end. Every modality is listed: a red
 * line is conditional by nature, so here nothing is left out for being CONDITIONAL.
 */
export async function redLines(read: QueryReader, given: RedLinesInput): Promise<RedLinesResult> {
  const window = parseWindow(given.from, given.to);
  // Names to ids, each checked to be in the graph.
  const input = await withNamesResolved(read, RED_LINES, given);
  const actor = input.actor?.trim() ? input.actor : null;
  const topic = input.topic?.trim() ? input.topic : null;
  const asOf = asOfParam(input.asOf);
  const rows = await read(redLineRows, { actor, topic, from: window.from, to: window.to, asOf });
  const [earliest, statuses] = await Promise.all([
    declarations(read, rows, asOf),
    statusesUpTo(read, rows, window.to, asOf),
  ]);
  return {
    ...window,
    asOf: input.asOf ?? null,
    redLines: rows.map((row) => {
      const upTo = statuses.get(row.positionId) ?? [];
      return {
        ...row,
        statements: row.statements.map((statement) => ({
          ...statement,
          role: roleOf(statement, row.declaredBy, earliest.get(row.positionId)),
        })),
        statuses: upTo.filter((status) => status.date >= window.from),
        latestStatus: upTo.at(-1) ?? null,
      };
    }),
  };
}

/** Each red line's reported statuses up to the last day of the window, oldest first. */
async function statusesUpTo(
  read: QueryReader,
  rows: readonly RedLineRow[],
  to: string,
  asOf: string | null,
): Promise<Map<string, RedLineStatusReport[]>> {
  if (rows.length === 0) return new Map();
  const found = await read(redLineStatuses, { ids: rows.map((row) => row.positionId), asOf });
  // Days as YYYY-MM-DD compare as strings.
  return new Map(found.map((row) => [row.id, row.statuses.filter((s) => s.date <= to)]));
}

function roleOf(
  statement: RedLineStatementRow,
  declaredBy: readonly string[],
  declaration: string | undefined,
): RedLineRole {
  if (!statement.onBehalfOf.some((id) => declaredBy.includes(id))) return 'INVOKES';
  return statement.statementId === declaration ? 'DECLARES' : 'RESTATES';
}

/**
 * The statement that first declared each red line, which may lie before the window: a
 * restatement in the window is still a restatement.
 */
async function declarations(
  read: QueryReader,
  rows: readonly RedLineRow[],
  asOf: string | null,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const positions = rows.map((row) => row.positionId);
  const found = await read(redLineDeclarations, { positions, asOf });
  return new Map(found.map((row) => [row.positionId, row.statementId]));
}
