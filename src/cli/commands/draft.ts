import { readFileSync, writeFileSync } from 'node:fs';
import { databaseReader } from '../../comparison';
import { DiplographError, ErrorCode } from '../../errors';
import type { CommandContext } from '../context';
import { withDatabase } from '../with-database';

/** The options of `diplograph draft`, defined once (program.ts declares them from this). */
export const DRAFT_OPTIONS = {
  out: {
    flags: '--out <file>',
    description: 'write the draft to a file instead of standard output',
  },
  with: {
    flags: '--with <file...>',
    description:
      'ingestion files whose actors, places, topics and position-type cues the draft also uses',
  },
  textOut: {
    flags: '--text-out <file>',
    description: 'write the plain text the spans are offsets into (useful for HTML input)',
  },
} as const;

export interface DraftCommandOptions {
  out?: string;
  with?: string[];
  textOut?: string;
}

function readInput(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, `${path}: cannot read the file (${code})`, {
      details: { field: 'FILE', file: path },
    });
  }
}

/** `diplograph draft FILE|-`: a draft in the ingestion format, every item to review. */
export async function draftCommand(
  context: CommandContext,
  path: string,
  options: DraftCommandOptions,
): Promise<void> {
  const text = readInput(path);
  if (text.trim() === '')
    throw new DiplographError(ErrorCode.BAD_ARGUMENT, `${path}: the text is empty`, {
      details: { field: 'FILE', file: path },
    });
  // Loaded here, not with the program: the NLP library costs every other command seconds to load.
  const { draftAgainstGraph } = await import('../../draft');
  const result = await withDatabase(context, (db) =>
    draftAgainstGraph(databaseReader(db), {
      text,
      from: path === '-' ? 'standard input' : path,
      withFiles: options.with ?? [],
    }),
  );
  if (options.textOut) writeFileSync(options.textOut, result.draft.text);
  if (options.out) writeFileSync(options.out, result.yaml);
  else process.stdout.write(result.yaml);
  const stances = result.draft.statements.reduce((n, s) => n + s.stances.length, 0);
  process.stderr.write(
    `drafted ${result.draft.statements.length} statement(s), ${stances} stance(s): review every item, then ingest\n`,
  );
}
