import { z } from 'zod';
import type { QueryReader } from '../comparison/query-reader';
import { positionCueSchema } from '../ingest/format';
import type { PositionCue } from '../model/position-cues';
import { addTypeCues, coreCues } from './directory';
import type { Directory, TypeWithCues } from './directory';
import { draftDirectory } from './draft.queries';
import type { DirectoryRow } from './draft.queries';

const cueList = z.array(positionCueSchema);

/**
 * The cues a type's node keeps, as ingestion checked them. Text that no longer reads as cues was
 * written by hand past ingestion: a fault of the graph, named, rather than a type quietly unseen.
 */
export function cuesOfRow(row: Pick<DirectoryRow, 'id' | 'cues'>): PositionCue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.cues ?? '[]');
  } catch {
    parsed = undefined;
  }
  const checked = cueList.safeParse(parsed);
  if (!checked.success) {
    throw new Error(
      `position type "${row.id}" holds cues that are not a list of cues: ${row.cues}`,
    );
  }
  return checked.data;
}

/**
 * The graph's directory: its actors (other than states), places, topics and positions, read in
 * one query, with the cues of the core position types (from the package) and of the types that
 * ingestion files defined with cues (kept on their nodes). `draft --with FILE` adds a file's.
 */
export async function graphDirectory(read: QueryReader): Promise<Directory> {
  const rows = await read(draftDirectory, {});
  const of = (kind: DirectoryRow['kind']) => rows.filter((row) => row.kind === kind);
  const types: TypeWithCues[] = of('positionType').map((r) => ({
    id: r.id,
    parent: r.within,
    cues: cuesOfRow(r),
  }));
  return {
    actors: of('actor').map((r) => ({
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      kind: r.actorKind ?? 'PERSON',
      state: r.within,
    })),
    places: of('place').map((r) => ({
      id: r.id,
      name: r.name,
      aliases: r.aliases,
      within: r.within,
    })),
    topics: of('topic').map((r) => ({ id: r.id, name: r.name, aliases: r.aliases })),
    positions: new Set(of('position').map((r) => r.id)),
    cues: addTypeCues(coreCues(), types),
  };
}
