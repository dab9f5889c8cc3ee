import { plainSpeaker } from '../ingest/plan/statement-hash';
import type { WritePlan } from '../ingest/plan/write-plan';
import { stanceMonthSummaries } from './month-summaries';
import { nodeKey } from './import-state';
import type { ImportState } from './import-state';

type PlannedStatement = WritePlan['statements'][number];

/**
 * A plan's statements as import rows: what write-10-statements.cypher creates, and what
 * add-to-stance-months.cypher adds to the month summaries (one plan at a time, as the online
 * writer sends them).
 */
export function addStatements(state: ImportState, plan: WritePlan): void {
  for (const statement of plan.statements) {
    addStatement(state, statement);
    addStatementLinks(state, statement);
    addQuotesAndStances(state, statement);
  }
  state.addMonths(stanceMonthSummaries(plan.statements));
}

function addStatement(state: ImportState, s: PlannedStatement): void {
  const key = nodeKey('Statement', s.id);
  state.tables.statements.add([
    key,
    s.id,
    s.date,
    s.datePrecision,
    s.kind,
    s.summary,
    s.language,
    s.location,
    s.contentHash,
    s.fingerprint,
    // The online writer leaves an empty list out (statement-params.ts): no property.
    s.distinctFrom,
    state.recordedAt,
    ['Statement'],
  ]);
  const speaker = plainSpeaker(s.speakers);
  if (speaker !== null) {
    state.tables.links.add([nodeKey('Actor', speaker), key, 'MADE']);
    return;
  }
  for (const [ord, sp] of s.speakers.entries()) {
    state.tables.made.add([nodeKey('Actor', sp.actor), key, 'MADE', sp.role, ord]);
  }
}

function addStatementLinks(state: ImportState, s: PlannedStatement): void {
  const key = nodeKey('Statement', s.id);
  const { links } = state.tables;
  for (const id of s.onBehalfOf) links.add([key, nodeKey('Actor', id), 'ON_BEHALF_OF']);
  for (const id of s.topics) links.add([key, nodeKey('Topic', id), 'CONCERNS']);
  for (const id of s.respondsTo) links.add([key, nodeKey('Event', id), 'RESPONDS_TO']);
  for (const id of s.reportedIn) links.add([key, nodeKey('Document', id), 'REPORTED_IN']);
}

function addQuotesAndStances(state: ImportState, s: PlannedStatement): void {
  const key = nodeKey('Statement', s.id);
  const { tables } = state;
  for (const q of s.quotes) {
    const quote = nodeKey('Quote', q.id);
    const { isNew, ownText } = state.quote(q.id, q.text);
    if (isNew) tables.quotes.add([quote, q.id, q.text, ['Quote']]);
    tables.quoted.add([key, quote, 'QUOTES', q.ref, ownText]);
  }
  for (const st of s.stances) {
    const position = nodeKey('Position', st.positionId);
    const row = [key, position, 'TAKES_STANCE', st.quoteId, st.act, st.stance, st.modality];
    tables.stances.add([...row, st.target]);
  }
  for (const ps of s.planStatuses) {
    const plan = nodeKey('Position', ps.planId);
    tables.planStatuses.add([key, plan, 'REPORTS_STATUS', ps.status, ps.quoteId]);
  }
  for (const rs of s.redLineStatuses) {
    const redLine = nodeKey('Position', rs.redLineId);
    const row = [key, redLine, 'REPORTS_RED_LINE_STATUS', rs.status, rs.quoteId, rs.by];
    tables.redLineStatuses.add(row);
  }
}

/** Month summaries written per flush: their rows are text held until then (csv-table.ts). */
const MONTHS_PER_FLUSH = 10_000;

/**
 * The month summaries, once every plan is in: one node each, handed to the file as they go
 * (kept until the end, the rows of 1M statements' summaries ran the import out of heap).
 */
export async function addStanceMonths(state: ImportState): Promise<void> {
  let added = 0;
  for (const m of state.monthSummaries()) {
    const key = ['StanceMonth', m.positionId, m.actorId, m.modality, m.month].join('|');
    state.tables.stanceMonths.add([
      key,
      m.positionId,
      m.actorId,
      m.modality,
      m.month,
      m.supports,
      m.opposes,
      m.neutral,
      m.lastDay,
      m.evidence,
      ['StanceMonth'],
    ]);
    added += 1;
    if (added % MONTHS_PER_FLUSH === 0) await state.tables.stanceMonths.flush();
  }
}
