/**
 * The lines of a byte stream, without their `\n`, as the stream is consumed: the lines each
 * read completes, together (one await per read, not per line). Memory holds a read and the line
 * it ends in; a long line costs its length once, not once per read as re-splitting the text held
 * over would. Split on the newline byte, which never occurs inside a UTF-8 multi-byte character,
 * so each line can be decoded on its own. A last line without `\n` is given if not empty.
 */
export async function* linesByRead(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer[]> {
  let held: Buffer[] = [];
  for await (const bytes of stream) {
    const lines: Buffer[] = [];
    let start = 0;
    for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
      held.push(bytes.subarray(start, end));
      lines.push(held.length === 1 ? held[0]! : Buffer.concat(held));
      held = [];
      start = end + 1;
    }
    if (start < bytes.length) held.push(bytes.subarray(start));
    if (lines.length) yield lines;
  }
  if (held.length) yield [Buffer.concat(held)];
}
