import type { z } from 'zod';
import { DATE_MESSAGE, ingestDocumentSchema, statementSchema } from '../format';
import type { IngestDocument } from '../format';
import { IssueCode } from '../issues';
import type { IngestIssue } from '../issues';
import type { Location, ParsedFile } from '../read/ingest-file';
import { closestValues } from './closest';

export interface CheckedFile {
  file: string;
  document: IngestDocument;
  locate: (path: (string | number)[]) => Location;
}

export type StructureResult =
  { ok: true; checked: CheckedFile } | { ok: false; issues: IngestIssue[] };

/** Types, enumerations, dates and sizes of one file, against the format (src/ingest/format.ts). */
export function checkStructure(parsed: ParsedFile): StructureResult {
  if (parsed.kind === 'document') {
    const result = ingestDocumentSchema.safeParse(parsed.value, { reportInput: true });
    if (!result.success) {
      return {
        ok: false,
        issues: result.error.issues.map((i) => toIssue(parsed.file, i, parsed.locate)),
      };
    }
    return {
      ok: true,
      checked: { file: parsed.file, document: result.data, locate: parsed.locate },
    };
  }

  const statements: IngestDocument['statements'] = [];
  const issues: IngestIssue[] = [];
  const lineOf = (index: number) => parsed.lines[index]?.line;
  const locate = (path: (string | number)[]): Location => {
    const line = typeof path[1] === 'number' ? lineOf(path[1]) : undefined;
    return line === undefined ? undefined : { line, column: 0 };
  };
  parsed.lines.forEach(({ value }, index) => {
    const result = statementSchema.safeParse(value, { reportInput: true });
    if (result.success) statements.push(result.data);
    else {
      for (const issue of result.error.issues) {
        issues.push(
          toIssue(parsed.file, { ...issue, path: ['statements', index, ...issue.path] }, locate),
        );
      }
    }
  });
  if (issues.length) return { ok: false, issues };
  const document = ingestDocumentSchema.parse({ format: 'diplograph/v1', statements });
  return { ok: true, checked: { file: parsed.file, document, locate } };
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
