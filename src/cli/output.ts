import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DiplographError, ErrorCode } from '../errors';

/**
 * Where a command's output goes: stdout, or `--out FILE`. A file is written beside its final
 * name and renamed into place, so a failure never leaves half a chart where a report expects one.
 */
export async function emit(text: string | Uint8Array, out?: string): Promise<void> {
  if (out === undefined) {
    // A PNG's bytes would garble the terminal; piped or redirected, they are what was asked for.
    if (typeof text !== 'string' && process.stdout.isTTY) {
      throw new DiplographError(
        ErrorCode.BAD_ARGUMENT,
        '--format png writes an image: give --out FILE, or redirect the output to a file',
        { details: { field: 'out' } },
      );
    }
    return print(text);
  }
  const target = path.resolve(out);
  const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text, typeof text === 'string' ? 'utf8' : undefined);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new DiplographError(
      ErrorCode.BAD_ARGUMENT,
      `--out: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`,
      {
        details: { field: 'out', file: out },
      },
    );
  }
}

/** Resolves once the text is handed to the OS, so that main's process.exit cuts nothing off. */
function print(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
