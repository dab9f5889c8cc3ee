import type { z } from 'zod';
import { DATE_MESSAGE, ingestDocumentSchema, statementSchema } from '../format';
import type { IngestDocument, StatementInput } from '../format';
import { IssueCode } from '../issues';
import type { IngestIssue } from '../issues';
import type { Location, ParsedFile } from '../read/ingest-file';
import type { NdjsonRecord } from '../read/ndjson-stream';
import { closestValues } from './closest';
import { reviewMarkers, withoutReviewMarkers } from './review-markers';

type Locate = (path: (string | number)[]) => Location;

export interface CheckedFile {
  file: string;
  document: IngestDocument;
  locate: (path: (string | number)[]) => Location;
}

export type StructureResult =
  { ok: true; checked: CheckedFile } | { ok: false; issues: IngestIssue[] };

/** Types, enumerations, dates and sizes of one document, against the format (src/ingest/format.ts). */
export function checkStructure(parsed: ParsedFile): StructureResult {
  const unreviewed = unreviewedIssues(parsed.file, reviewMarkers(parsed.value), parsed.locate);
  const value = unreviewed.length ? withoutReviewMarkers(parsed.value) : parsed.value;
  const result = ingestDocumentSchema.safeParse(value, { reportInput: true });
  if (!result.success || unreviewed.length) {
    const invalid = result.success ? [] : result.error.issues;
    return {
      ok: false,
      issues: [...unreviewed, ...invalid.map((i) => toIssue(parsed.file, i, parsed.locate))],
    };
  }
  return {
    ok: true,
    checked: { file: parsed.file, document: result.data, locate: parsed.locate },
  };
}

export type StatementResult =
  { ok: true; statement: StatementInput } | { ok: false; issues: IngestIssue[] };

/** One NDJSON record, against the format of one statement. */
export function checkStatementRecord(file: string, record: NdjsonRecord): StatementResult {
  const locate = (): Location => ({ line: record.line, column: 0 });
  const markers = reviewMarkers(record.value, ['statements', record.index]);
  const unreviewed = unreviewedIssues(file, markers, locate);
  const value = unreviewed.length ? withoutReviewMarkers(record.value) : record.value;
  const result = statementSchema.safeParse(value, { reportInput: true });
  if (result.success && !unreviewed.length) return { ok: true, statement: result.data };
  const invalid = result.success ? [] : result.error.issues;
  return {
    ok: false,
    issues: [
      ...unreviewed,
      ...invalid.map((issue) =>
        toIssue(file, { ...issue, path: ['statements', record.index, ...issue.path] }, locate),
      ),
    ],
  };
}

/** One UNREVIEWED_DRAFT issue a review marker, naming its record and field, and its line. */
function unreviewedIssues(
  file: string,
  markers: (string | number)[][],
  locate: Locate,
): IngestIssue[] {
  return markers.map((path) => {
    const location = locate(path);
    return {
      code: IssueCode.UNREVIEWED_DRAFT,
      file,
      ...describePath(path),
      ...(location
        ? { line: location.line, ...(location.column ? { column: location.column } : {}) }
        : {}),
      message:
        'a drafted item nobody has reviewed: check it against the text, then delete its review key',
    };
  });
}

export function describePath(path: readonly PropertyKey[]): { record?: string; field?: string } {
  const [section, index, ...rest] = path;
  if (section === undefined) return {};
  if (typeof index !== 'number') return { field: joinPath(path) };
  return {
    record: `${String(section)}[${index}]`,
    ...(rest.length ? { field: joinPath(rest) } : {}),
  };
}

function joinPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function toIssue(
  file: string,
  issue: z.core.$ZodIssue,
  locate: (path: (string | number)[]) => Location,
): IngestIssue {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const location = locate(path);
  const base = {
    file,
    ...describePath(path),
    ...(location
      ? { line: location.line, ...(location.column ? { column: location.column } : {}) }
      : {}),
  };
  // Absent, not wrong: zod reports it as a wrong type or value ("undefined" is not one of …).
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    issue.input === undefined
  ) {
    const name = path.at(-1);
    return {
      ...base,
      code: IssueCode.MISSING_FIELD,
      message: `the required field ${typeof name === 'string' ? `"${name}"` : String(name)} is missing`,
    };
  }
  if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string')) {
    const written = typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input);
    return {
      ...base,
      code: IssueCode.UNKNOWN_VALUE,
      message: `"${written}" is not one of ${issue.values.join(', ')}`,
      closest: closestValues(written ?? '', issue.values),
    };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return {
      ...base,
      code: IssueCode.TOO_LONG,
      message: `longer than the limit of ${String(issue.maximum)} characters`,
    };
  }
  if (issue.code === 'custom' && issue.message === DATE_MESSAGE) {
    return {
      ...base,
      code: IssueCode.INVALID_DATE,
      message: `${JSON.stringify(issue.input)} is not ${DATE_MESSAGE}`,
    };
  }
  return { ...base, code: IssueCode.SCHEMA_VIOLATION, message: issue.message };
}
