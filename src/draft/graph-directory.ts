import type { QueryReader } from '../comparison/query-reader';
import { coreCues } from './directory';
import type { Directory } from './directory';
import { draftDirectory } from './draft.queries';

/**
 * The graph's directory: its actors (other than states), places, topics and positions, read in
 * one query, with the core position types' cues. A position type defined by ingestion keeps no
 * cues in the graph (yet): `draft --with FILE` brings a file's types and their cues.
 */
export async function graphDirectory(read: QueryReader): Promise<Directory> {
  const rows = await read(draftDirectory, {});
  const of = (kind: string) => rows.filter((row) => row.kind === kind);
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
    cues: coreCues(),
  };
}
