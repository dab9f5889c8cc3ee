import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Writes text to a stream, waiting when its buffer is full: the export never runs ahead of the disk. */
export function textSink(out: Writable): (text: string) => Promise<void> {
  return async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
}

/**
 * Files written under a temporary name and renamed into place only when every one of them is
 * complete, so a failed export leaves no half-written file (nor replaces a good one).
 */
export class PendingFiles {
  private readonly pending: { temporary: string; final: string; stream: Writable }[] = [];

  /** A stream to the file `name` in `directory`, renamed into place by `commit`. */
  async open(directory: string, name: string): Promise<Writable> {
    await mkdir(directory, { recursive: true });
    const final = path.join(directory, name);
    const temporary = `${final}.partial-${process.pid}`;
    const stream = createWriteStream(temporary);
    this.pending.push({ temporary, final, stream });
    return stream;
  }

  async commit(): Promise<void> {
    for (const file of this.pending) {
      file.stream.end();
      await finished(file.stream);
    }
    for (const file of this.pending) await rename(file.temporary, file.final);
  }

  async abandon(): Promise<void> {
    for (const file of this.pending) {
      file.stream.destroy();
      await rm(file.temporary, { force: true });
    }
  }
}
