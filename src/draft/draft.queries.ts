import { queryFile } from '../neo4j/query-file';

export interface DirectoryRow {
  kind: 'actor' | 'place' | 'topic' | 'position' | 'positionType';
  id: string;
  name: string;
  aliases: string[];
  actorKind: string | null;
  /** An actor's state, a place's container, a position type's parent. */
  within: string | null;
  /** A position type's drafting cues, the JSON text ingestion kept. */
  cues: string | null;
}

/** What a draft resolves names against (graph-directory.ts). */
export const draftDirectory = queryFile<DirectoryRow>('draft/directory.cypher', {
  kind: true,
  id: true,
  name: true,
  aliases: true,
  actorKind: true,
  within: true,
  cues: true,
});
