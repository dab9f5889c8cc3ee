import { ApiError, gql } from './api';
import { h } from './dom';

/**
 * Ingesting the reviewed draft through the public `ingestStatements` mutation, and what the page
 * shows of its answer: the report, the issues of a refused file (each naming its record and
 * field), or that the caller's key lacks the ingest role.
 */

export interface IngestReport {
  statements: number;
  statementsNew: number;
  stances: number;
  quotes: number;
  positions: number;
  dryRun: boolean;
}

interface Issue {
  code: string;
  record?: string;
  field?: string;
  line?: number;
  message: string;
}

const INGEST = `mutation Ingest($text: String!, $dryRun: Boolean!) {
  ingestStatements(input: { format: JSON, text: $text, dryRun: $dryRun }) {
    statements statementsNew stances quotes positions dryRun
  }
}`;

export async function ingestReviewed(text: string, dryRun: boolean): Promise<IngestReport> {
  const data = await gql<{ ingestStatements: IngestReport }>(INGEST, { text, dryRun });
  return data.ingestStatements;
}

export function reportText(report: IngestReport): string {
  const what = `${report.statements} statements (${report.statementsNew} new), ${report.quotes} quotes, ${report.stances} stances, ${report.positions} positions`;
  return report.dryRun ? `Valid, nothing written: ${what}.` : `Ingested ${what}.`;
}

function issuesOf(error: ApiError): Issue[] {
  const issues = error.extensions.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : [];
}

/** The mutation's error, in words an analyst can act on. */
export function ingestError(error: unknown): HTMLElement {
  if (!(error instanceof ApiError)) {
    return h(
      'p',
      { class: 'error', role: 'alert' },
      error instanceof Error ? error.message : String(error),
    );
  }
  if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN') {
    return h(
      'div',
      { class: 'error', role: 'alert', 'data-code': error.code },
      h('p', {}, `Not ingested: ${error.message}.`),
      h(
        'p',
        {},
        'Ingesting needs an API key with the ingest role: enter one in the API key field at the top of the page; the review is kept.',
      ),
    );
  }
  const issues = issuesOf(error);
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-code': error.code ?? '' },
    h(
      'p',
      {},
      issues.length
        ? `Not ingested: ${issues.length} problem(s); nothing was written.`
        : error.message,
    ),
    issues.length > 0 &&
      h(
        'ul',
        { id: 'ingest-issues' },
        ...issues.map((i) =>
          h(
            'li',
            {},
            h('code', {}, i.code),
            ` ${[i.record, i.field].filter(Boolean).join(' ')}: ${i.message}`,
          ),
        ),
      ),
  );
}
