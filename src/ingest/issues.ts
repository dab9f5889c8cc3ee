import { DiplographError, ErrorCode } from '../errors';

/** Why one record was refused; each kind has a stable code that scripts can match. */
export const IssueCode = {
  UNSUPPORTED_FILE: 'UNSUPPORTED_FILE',
  UNREADABLE_FILE: 'UNREADABLE_FILE',
  BINARY_FILE: 'BINARY_FILE',
  EMPTY_FILE: 'EMPTY_FILE',
  PARSE_ERROR: 'PARSE_ERROR',
  SCHEMA_VIOLATION: 'SCHEMA_VIOLATION',
  UNKNOWN_VALUE: 'UNKNOWN_VALUE',
  INVALID_DATE: 'INVALID_DATE',
  TOO_LONG: 'TOO_LONG',
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  MISSING_QUOTE: 'MISSING_QUOTE',
  DUPLICATE_ID: 'DUPLICATE_ID',
  CONFLICTS_WITH_GRAPH: 'CONFLICTS_WITH_GRAPH',
  /** The same speaker, date, actors and quotes as another statement id, with no distinctFrom. */
  DUPLICATE_STATEMENT: 'DUPLICATE_STATEMENT',
  /** Two fields that say the same thing two ways are both given (speaker and speakers). */
  CONFLICTING_FIELDS: 'CONFLICTING_FIELDS',
  /** A required field is not there at all (rather than there with a wrong value). */
  MISSING_FIELD: 'MISSING_FIELD',
  /** A `review` key `diplograph draft` left on an item: a draft nobody has reviewed yet. */
  UNREVIEWED_DRAFT: 'UNREVIEWED_DRAFT',
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

export interface IngestIssue {
  code: IssueCode;
  file: string;
  /** e.g. statements[3], or line 17 of an NDJSON file as statements[16]. */
  record?: string;
  line?: number;
  column?: number;
  /** Path inside the record, e.g. stances[0].act. */
  field?: string;
  message: string;
  /** For enumerations and names: the nearest valid values. */
  closest?: string[];
}

export function formatIssue(issue: IngestIssue): string {
  const where = [
    issue.file +
      (issue.line !== undefined ? `:${issue.line}${issue.column ? `:${issue.column}` : ''}` : ''),
    issue.record,
    issue.field,
  ]
    .filter(Boolean)
    .join(' ');
  const closest = issue.closest?.length
    ? ` (did you mean ${issue.closest.map((c) => `"${c}"`).join(', ')}?)`
    : '';
  return `${where}: ${issue.code}: ${issue.message}${closest}`;
}

/** All issues of a run at once, so a script's author can fix them in one pass. */
export function invalidInput(issues: IngestIssue[]): DiplographError {
  const shown = issues.slice(0, 50).map(formatIssue);
  const more = issues.length > shown.length ? `\n… and ${issues.length - shown.length} more` : '';
  return new DiplographError(
    ErrorCode.INGEST_INVALID,
    `${issues.length} problem(s) in the input; nothing was written:\n${shown.join('\n')}${more}`,
    { details: { issues } },
  );
}
