import { emptyPlan } from '../../src/ingest/plan/write-plan';
import type { WritePlan } from '../../src/ingest/plan/write-plan';

export type PlannedStatement = WritePlan['statements'][number];

/** A plan of one statement with one quote, for the code that handles plans. */
export function planOfStatement(id: string, fields: Partial<PlannedStatement> = {}): WritePlan {
  const plan = emptyPlan();
  plan.statements.push({
    id,
    date: '2025-03-01',
    datePrecision: 'DAY',
    kind: 'STATEMENT',
    speakers: [],
    onBehalfOf: ['UKR'],
    topics: [],
    summary: null,
    language: null,
    location: null,
    respondsTo: [],
    reportedIn: [],
    distinctFrom: [],
    fingerprint: `fingerprint-of-${id}`,
    contentHash: 'h',
    quotes: [{ statementId: id, ref: 'q1', id: 'quote-1', text: 'words' }],
    stances: [],
    planStatuses: [],
    redLineStatuses: [],
    ...fields,
  });
  return plan;
}
