import { plainSpeaker } from '../plan/statement-hash';
import type { WritePlan } from '../plan/write-plan';

type PlannedStatement = WritePlan['statements'][number];

/**
 * A statement as write-10-statements.cypher takes it: the plan's row without what the query
 * does not read. Encoding the parameters is a third to a half of the statements query's time
 * (the driver packs every map key and value anew), and a feed's statements mostly leave the
 * optional members empty. So null members and empty lists are left out (a missing key reads as
 * null in Cypher, and `UNWIND null` gives no rows, as `UNWIND []` does), as are the quotes',
 * stances', plan and red line statuses' `statementId` (the query has the statement at hand). The plan
 * itself keeps them: the content hash is computed from it.
 */
export function statementParams(statement: PlannedStatement): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: statement.id,
    date: statement.date,
    datePrecision: statement.datePrecision,
    contentHash: statement.contentHash,
    fingerprint: statement.fingerprint,
    quotes: statement.quotes.map((q) => ({ ref: q.ref, id: q.id, text: q.text })),
    stances: statement.stances.map((st) => {
      const stance: Record<string, unknown> = {
        positionId: st.positionId,
        quoteId: st.quoteId,
        stance: st.stance,
        modality: st.modality,
      };
      if (st.act !== null) stance.act = st.act;
      if (st.target !== null) stance.target = st.target;
      return stance;
    }),
  };
  // One speaker with no role, by far the most common, goes as a plain id (as before speakers had
  // roles); several, or any role, as a list.
  const speaker = plainSpeaker(statement.speakers);
  if (speaker !== null) row.speaker = speaker;
  else if (statement.speakers.length)
    row.speakers = statement.speakers.map((sp) =>
      sp.role === null ? { actor: sp.actor } : { actor: sp.actor, role: sp.role },
    );
  for (const key of ['kind', 'summary', 'language', 'location'] as const) {
    if (statement[key] !== null) row[key] = statement[key];
  }
  for (const key of ['onBehalfOf', 'topics', 'respondsTo', 'reportedIn', 'distinctFrom'] as const) {
    if (statement[key].length) row[key] = statement[key];
  }
  if (statement.planStatuses.length) {
    row.planStatuses = statement.planStatuses.map((ps) => ({
      planId: ps.planId,
      status: ps.status,
      quoteId: ps.quoteId,
    }));
  }
  if (statement.redLineStatuses.length) {
    row.redLineStatuses = statement.redLineStatuses.map((rs) => ({
      redLineId: rs.redLineId,
      status: rs.status,
      quoteId: rs.quoteId,
      by: rs.by,
    }));
  }
  return row;
}
