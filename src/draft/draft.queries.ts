import { queryFile } from '../neo4j/query-file';

export interface DirectoryRow {
  kind: 'actor' | 'place' | 'topic' | 'position';
  id: string;
  name: string;
  aliases: string[];
  actorKind: string | null;
  within: string | null;
}

/** What a draft resolves names against (graph-directory.ts). */
export const draftDirectory = queryFile<DirectoryRow>('draft/directory.cypher', {
  kind: true,
  id: true,
  name: true,
  aliases: true,
  actorKind: true,
  within: true,
});
