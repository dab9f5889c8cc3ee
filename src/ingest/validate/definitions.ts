/**
 * What validation remembers of a definition (and statement) once its record is gone: its
 * content hash and the record it came from, not the record, so that memory per statement stays
 * small on large feeds.
 */
export interface Defined {
  hash: string;
  file: string;
  record: string;
  /** In the graph already, with the same content: nothing to write. */
  inGraph: boolean;
}

/**
 * The definitions met so far, by kind and id. A statement feed leaves one per statement for the
 * whole run, so each is packed into one string (flag, hash, file number, record): about 180
 * bytes an id against 340 for an object under a `kind:id` key, which is most of what validating
 * 100,000 statements holds (docs/benchmarks.md).
 */
export class Definitions<Kind extends string> {
  private readonly byKind = new Map<Kind, Map<string, string>>();
  private readonly files: string[] = [];
  private readonly fileNumbers = new Map<string, number>();

  has(kind: Kind, id: string): boolean {
    return this.byKind.get(kind)?.has(id) ?? false;
  }

  get(kind: Kind, id: string): Defined | undefined {
    const packed = this.byKind.get(kind)?.get(id);
    if (packed === undefined) return undefined;
    // The hash is hex and the file a number, so the first two spaces end them; a record may hold
    // anything after.
    const hashEnd = packed.indexOf(' ');
    const fileEnd = packed.indexOf(' ', hashEnd + 1);
    return {
      inGraph: packed[0] === '1',
      hash: packed.slice(1, hashEnd),
      file: this.files[Number(packed.slice(hashEnd + 1, fileEnd))]!,
      record: packed.slice(fileEnd + 1),
    };
  }

  set(kind: Kind, id: string, defined: Defined): void {
    let ids = this.byKind.get(kind);
    if (!ids) this.byKind.set(kind, (ids = new Map<string, string>()));
    let file = this.fileNumbers.get(defined.file);
    if (file === undefined) {
      file = this.files.push(defined.file) - 1;
      this.fileNumbers.set(defined.file, file);
    }
    ids.set(id, flat(`${defined.inGraph ? 1 : 0}${defined.hash} ${file} ${defined.record}`));
  }
}

/**
 * V8 keeps a string built by concatenation as a tree of its parts (the hash string it was sliced
 * from, the record's pieces, a 32-byte node per join): about 360 bytes an entry, where the flat
 * string takes about 70. A heap snapshot in the middle of a 100k ingest found 620,000 such nodes
 * (19 MiB; the live heap 64 MiB, 38 with this). A JSON round trip gives back one flat string of
 * exactly the same characters and lets the parts go.
 */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
