import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countNdjsonRecords, readNdjsonChunks } from '../../../src/ingest/read/ndjson-stream';
import type { NdjsonChunk, NdjsonSource } from '../../../src/ingest/read/ndjson-stream';

async function chunksOf(source: NdjsonSource, size: number): Promise<NdjsonChunk[]> {
  const chunks: NdjsonChunk[] = [];
  for await (const chunk of readNdjsonChunks(source, size)) chunks.push(chunk);
  return chunks;
}

const bytes = (text: string) => ({ name: 'feed.ndjson', bytes: Buffer.from(text, 'utf8') });

describe('streaming NDJSON', () => {
  it('refuses a line whose escapes make a lone surrogate, naming the field; pairs pass', async () => {
    // Written as escapes: decoded UTF-8 never holds a lone surrogate, so only these can.
    const lines = [
      '{"q":[{"t":"ok \\ud83d\\ude00"}]}',
      '{"q":[{"t":"half \\ud800"}]}',
      '{"a":"\\\\ud800"}',
    ];
    const [chunk] = await chunksOf(bytes(lines.join('\n')), 10);
    expect(chunk!.records.map((r) => r.line)).toEqual([1, 3]);
    expect(chunk!.records[0]!.value).toEqual({ q: [{ t: 'ok \u{1F600}' }] });
    expect(chunk!.records[1]!.value).toEqual({ a: '\\ud800' });
    expect(chunk!.issues).toEqual([
      expect.objectContaining({ code: 'PARSE_ERROR', line: 2, field: 'q[0].t' }),
    ]);
  });

  it('gives records in chunks of the given size, with their index and line', async () => {
    const chunks = await chunksOf(bytes('{"a":1}\n\n{"a":2}\n{"a":3}\n'), 2);
    expect(chunks.map((c) => c.records)).toEqual([
      [
        { index: 0, line: 1, value: { a: 1 } },
        { index: 1, line: 3, value: { a: 2 } },
      ],
      [{ index: 2, line: 4, value: { a: 3 } }],
    ]);
  });

  it('reads a file across read-buffer boundaries, with a BOM and CRLF line ends', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'diplograph-ndjson-'));
    const file = path.join(dir, 'big.ndjson');
    // Lines longer than the 64 KiB read buffer, and many of them, to cross boundaries.
    const long = 'x'.repeat(70_000);
    const lines = Array.from({ length: 5 }, (_, i) => JSON.stringify({ i, long, rtl: 'سلام' }));
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}`);
    const chunks = await chunksOf({ file }, 3);
    const records = chunks.flatMap((c) => c.records);
    expect(records.map((r) => [r.line, (r.value as { i: number }).i])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 4],
    ]);
    expect((records[4]!.value as { rtl: string }).rtl).toBe('سلام');
    expect(chunks.flatMap((c) => c.issues)).toEqual([]);
    expect(await countNdjsonRecords({ file })).toBe(5);
  });

  it('reports every bad line and goes on', async () => {
    const chunks = await chunksOf(bytes('{"a":1}\n{oops\n{"a":3}\n[\n'), 10);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.records.map((r) => r.line)).toEqual([1, 3]);
    expect(chunks[0]!.issues.map((i) => [i.code, i.line, i.record])).toEqual([
      ['PARSE_ERROR', 2, 'statements[1]'],
      ['PARSE_ERROR', 4, 'statements[3]'],
    ]);
  });

  it('refuses empty, binary and non-UTF-8 input, and a missing file', async () => {
    const codes = async (source: NdjsonSource) =>
      (await chunksOf(source, 10)).flatMap((c) => c.issues.map((i) => i.code));
    expect(await codes(bytes(' \n\n'))).toEqual(['EMPTY_FILE']);
    expect(await codes({ name: 'b.ndjson', bytes: Buffer.from([0x7b, 0x00, 0x7d]) })).toEqual([
      'BINARY_FILE',
    ]);
    expect(await codes({ name: 'l.ndjson', bytes: Buffer.from([0x22, 0xe9, 0x22, 0x0a]) })).toEqual(
      ['BINARY_FILE'],
    );
    expect(await codes({ file: '/nonexistent/diplograph/feed.ndjson' })).toEqual([
      'UNREADABLE_FILE',
    ]);
  });

  it('counts records without parsing them', async () => {
    expect(await countNdjsonRecords(bytes('{}\n  \n{}\r\n{}'))).toBe(3);
    expect(await countNdjsonRecords(bytes(''))).toBe(0);
  });
});
