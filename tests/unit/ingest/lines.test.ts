import { Readable } from 'node:stream';
import { linesByRead } from '../../../src/ingest/read/lines';

async function linesOf(reads: Buffer[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const read of linesByRead(Readable.from(reads)))
    lines.push(...read.map((line) => line.toString('utf8')));
  return lines;
}

describe('lines by read', () => {
  it('joins a line across reads, also inside a multi-byte character', async () => {
    const bytes = Buffer.from('ab\nسلام 🕊️\n\nlast', 'utf8');
    // Every way of cutting the bytes in two gives the same lines.
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      expect(await linesOf([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([
        'ab',
        'سلام 🕊️',
        '',
        'last',
      ]);
    }
  });

  it('gives no last line after a final newline, and nothing for no bytes', async () => {
    expect(await linesOf([Buffer.from('a\r\nb\n')])).toEqual(['a\r', 'b']);
    expect(await linesOf([])).toEqual([]);
  });
});
