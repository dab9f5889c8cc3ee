import path from 'node:path';
import { ingest } from '../../../src/ingest/ingest';
import type { Database } from '../../../src/neo4j/database';
import { REALISTIC_DIR } from './expectations';
import type { Expectations } from './expectations';

/** The realistic fixture's files (expected.yaml `files`), ingested in one run. */
export async function loadRealistic(db: Database, expectations: Expectations): Promise<void> {
  await ingest(
    db,
    expectations.files.map((file) => ({ file: path.join(REALISTIC_DIR, file) })),
  );
}

/** A stance as both faces are compared: one line, the act `-` when unspecified. */
export function stanceKey(s: {
  position: string;
  stance: string;
  act: string | null;
  modality: string | null;
}): string {
  return `${s.position} ${s.stance} ${s.act ?? '-'} ${s.modality ?? 'ASSERTED'}`;
}
