import { queryFile } from '../neo4j/query-file';
import type { NameKind } from './match';

export interface NameCandidateRow {
  text: string;
  kind: NameKind;
  id: string;
  name: string;
  aliases: string[];
}

/** The nodes each name of a request may refer to (exact matching is done in match.ts). */
export const nameCandidates = queryFile<NameCandidateRow>('names/resolve-names.cypher', {
  text: true,
  kind: true,
  id: true,
  name: true,
  aliases: true,
});
