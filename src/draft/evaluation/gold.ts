import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ingestDocumentSchema } from '../../ingest/format';
import type { IngestDocument } from '../../ingest/format';

/** One article of the gold set and its hand coding in the ingestion format. */
export interface GoldArticle {
  name: string;
  /** The article as given to the draft (text or HTML). */
  input: string;
  coding: IngestDocument;
}

export function readCoding(file: string): IngestDocument {
  const parsed = ingestDocumentSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: not the ingestion format: ${parsed.error.message}`);
  return parsed.data;
}

/** The articles of a folder: each NAME.txt or NAME.html beside its coding NAME.yaml. */
export function readGoldSet(folder: string): GoldArticle[] {
  return readdirSync(folder)
    .filter((file) => /\.(?:txt|html)$/.test(file))
    .sort()
    .map((file) => ({
      name: file,
      input: readFileSync(path.join(folder, file), 'utf8'),
      coding: readCoding(path.join(folder, file.replace(/\.(?:txt|html)$/, '.yaml'))),
    }));
}
