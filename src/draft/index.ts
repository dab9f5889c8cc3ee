import type { QueryReader } from '../comparison/query-reader';
import { draftText } from './draft';
import type { Draft } from './draft';
import { graphDirectory } from './graph-directory';
import { withKnownFiles } from './known-files';
import { draftDocument, draftYaml } from './yaml';

export type { Draft } from './draft';
export { draftText } from './draft';
export { directoryOf } from './directory';
export type { Directory } from './directory';
export { draftDocument, draftYaml } from './yaml';

/** What `draft` is asked: the text, and ingestion files that bring more names and cues. */
export interface DraftRequest {
  text: string;
  /** Where the text comes from, for the draft's header. */
  from: string;
  withFiles?: readonly string[];
}

export interface DraftResult {
  draft: Draft;
  /** The draft in the ingestion format, as a value and as the YAML file. */
  document: Record<string, unknown>;
  yaml: string;
}

/** A draft against the graph (and the given files): the one entry the CLI and the API use. */
export async function draftAgainstGraph(
  read: QueryReader,
  request: DraftRequest,
): Promise<DraftResult> {
  const directory = withKnownFiles(await graphDirectory(read), request.withFiles ?? []);
  const draft = draftText(request.text, directory);
  return {
    draft,
    document: draftDocument(draft, directory),
    yaml: draftYaml(draft, directory, request.from),
  };
}
