import type { IngestIssue } from '../issues';
import { nameOf, readInput } from '../read/inputs';
import type { IngestInput } from '../read/inputs';
import type { NdjsonSource } from '../read/ndjson-stream';
import type { GraphCatalog } from './graph';
import { idsToLookUp } from './lookups';
import { References } from './references';
import { checkStructure } from './structure';
import type { CheckedFile } from './structure';

/**
 * A run's inputs once read and checked: the documents whole, with every reference of theirs
 * resolvable against the batch and the graph; the NDJSON feeds still to stream (a chunk at a
 * time, by the planner). Issues gather here to the end of the run: every one is reported.
 */
export interface Validation {
  files: string[];
  documents: CheckedFile[];
  streams: NdjsonSource[];
  references: References;
  /** Problems of reading and structure; `references` keeps those of references. */
  readIssues: IngestIssue[];
  issues(): IngestIssue[];
}

export async function validateDocuments(
  inputs: IngestInput[],
  graph: GraphCatalog,
): Promise<Validation> {
  const documents: CheckedFile[] = [];
  const streams: NdjsonSource[] = [];
  const readIssues: IngestIssue[] = [];
  for (const input of inputs) {
    const read = readInput(input);
    if (read.kind === 'unreadable') readIssues.push(...read.issues);
    else if (read.kind === 'ndjson') streams.push(read.source);
    else {
      const structure = checkStructure(read.parsed);
      if (structure.ok) documents.push(structure.checked);
      else readIssues.push(...structure.issues);
    }
  }
  const references = new References(documents);
  references.useGraphActors(await graph.actors());
  references.usePositionTypes(await graph.positionTypes());
  references.addExisting(await graph.lookUp(idsToLookUp(references)));
  return {
    files: inputs.map(nameOf),
    documents,
    streams,
    references,
    readIssues,
    issues: () => [...readIssues, ...references.issues],
  };
}
