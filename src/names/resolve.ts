import type { QueryReader } from '../comparison/query-reader';
import { DiplographError, ErrorCode } from '../errors';
import { indexWords, matchName } from './match';
import type { NameKind, NamedNode } from './match';
import { nameCandidates } from './names.queries';
import type { NameCandidateRow } from './names.queries';

/** One name a request gives: what kind of node it must be, and the argument or option it is in. */
export interface NameRequest {
  kind: NameKind;
  text: string;
  /** The GraphQL argument or CLI option, as the error names it: `filter.actor`, `--actors`. */
  argument: string;
}

/** A node as a suggestion shows it. */
export interface Suggestion {
  id: string;
  name: string;
}

const requestKey = (kind: string, text: string) => `${kind}\u0000${text}`;

/** "w1 w2" (the words in this order) or w1~ w2~ (any word near one of them), for the index. */
function fullTextQuery(text: string, near: boolean): string | null {
  const words = indexWords(text);
  if (words.length === 0) return null;
  return near ? words.map((word) => `${word}~`).join(' ') : `"${words.join(' ')}"`;
}

async function candidates(
  read: QueryReader,
  requests: readonly NameRequest[],
  near: boolean,
): Promise<Map<string, NameCandidateRow[]>> {
  const refs = requests.map(({ kind, text }) => ({
    kind,
    text,
    words: fullTextQuery(text, near),
  }));
  const byRequest = new Map<string, NameCandidateRow[]>();
  for (const row of await read(nameCandidates, { refs })) {
    const key = requestKey(row.kind, row.text);
    byRequest.set(key, [...(byRequest.get(key) ?? []), row]);
  }
  return byRequest;
}

function shown(nodes: readonly NamedNode[], ids: readonly string[]): Suggestion[] {
  const nameOf = new Map(nodes.map((node) => [node.id, node.name]));
  return ids.map((id) => ({ id, name: nameOf.get(id) ?? id }));
}

const listed = (nodes: readonly Suggestion[]) =>
  nodes.map((node) => (node.name === node.id ? node.id : `${node.id} (${node.name})`)).join(', ');

/**
 * Resolves every name of a request to the id of the node it names, in the order given: an id, a
 * name or an alias, case and accents aside (match.ts). All names go in one query, backed by the
 * unique ids and the full-text index entity_names; a second one, only when some name is unknown,
 * looks for near names to suggest. The first name that is unknown (NAME_UNKNOWN) or ambiguous
 * (NAME_AMBIGUOUS) is an error naming its argument, with suggestions or candidates.
 */
export async function resolveNames(
  read: QueryReader,
  requests: readonly NameRequest[],
): Promise<string[]> {
  if (requests.length === 0) return [];
  const found = await candidates(read, requests, false);
  const nodesOf = (map: Map<string, NameCandidateRow[]>, r: NameRequest) =>
    map.get(requestKey(r.kind, r.text)) ?? [];
  const lookups = requests.map((r) => matchName(r.text, nodesOf(found, r)));
  const failed = lookups.findIndex((lookup) => !lookup.ok);
  if (failed === -1) return lookups.map((lookup) => (lookup.ok ? lookup.id : ''));
  const request = requests[failed]!;
  const lookup = lookups[failed]!;
  if (!lookup.ok && lookup.reason === 'ambiguous') {
    throw ambiguous(
      { ...request, kinds: [request.kind] },
      shown(nodesOf(found, request), lookup.candidates),
    );
  }
  // Only on the error path: the nodes with a name near each word, to say what was meant.
  const near = await candidates(read, [request], true);
  const again = matchName(request.text, [], nodesOf(near, request));
  const closest = again.ok || again.reason !== 'unknown' ? [] : again.closest;
  throw unknown({ ...request, kinds: [request.kind] }, shown(nodesOf(near, request), closest));
}

/** One name: its id (see resolveNames). */
export async function resolveName(read: QueryReader, request: NameRequest): Promise<string> {
  const [id] = await resolveNames(read, [request]);
  return id!;
}

/** What a name of several possible kinds named. */
export interface FoundName {
  id: string;
  kind: NameKind;
}

/**
 * One name that may be of several kinds (`about`: an actor, place or topic; `node(id)`): matched
 * as resolveNames matches, over the nodes of all those kinds together, so that a name two kinds
 * share is ambiguous like a name two actors share. Unknown: NAME_UNKNOWN with the nearest names of
 * any of the kinds, or null when `orNull` (node(id): an id that names nothing is no node).
 */
export async function resolveNameAmong(
  read: QueryReader,
  kinds: readonly NameKind[],
  text: string,
  argument: string,
  orNull = false,
): Promise<FoundName | null> {
  const requests = kinds.map((kind) => ({ kind, text, argument }));
  const all = (map: Map<string, NameCandidateRow[]>) =>
    requests.flatMap((r) => map.get(requestKey(r.kind, r.text)) ?? []);
  const found = all(await candidates(read, requests, false));
  const lookup = matchName(text, found);
  if (lookup.ok) return { id: lookup.id, kind: found.find((row) => row.id === lookup.id)!.kind };
  if (lookup.reason === 'ambiguous') {
    throw ambiguous({ kinds, text, argument }, shown(found, lookup.candidates));
  }
  if (orNull) return null;
  const near = all(await candidates(read, requests, true));
  const again = matchName(text, [], near);
  const closest = again.ok || again.reason !== 'unknown' ? [] : again.closest;
  throw unknown({ kinds, text, argument }, shown(near, closest));
}

/** actor, place or topic */
function kindsText(kinds: readonly NameKind[]): string {
  return kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)!}`;
}

/** What an error says about the name: its kind (or kinds, in words), text and argument. */
interface Described {
  kinds: readonly NameKind[];
  text: string;
  argument: string;
}

function unknown(request: Described, suggestions: Suggestion[]): DiplographError {
  const { argument, kinds, text } = request;
  const kind = kindsText(kinds);
  return new DiplographError(
    ErrorCode.NAME_UNKNOWN,
    `${argument}: no ${kind} has the id, name or alias "${text}"`,
    {
      details: { field: argument, kind, name: text, suggestions },
      hint: suggestions.length > 0 ? `did you mean ${listed(suggestions)}?` : listHint(kinds),
    },
  );
}

/** Where to find the names of these kinds: the listing commands and queries there are. */
function listHint(kinds: readonly NameKind[]): string {
  // Places have no listing of their own (they are found through the positions about them).
  const listed = kinds.filter((kind) => kind !== 'place');
  if (listed.length === 0) return 'places are listed under the positions about them';
  const commands = listed.map((kind) => `\`diplograph ${kind}s\``).join(', ');
  const queries = listed.map((kind) => `${kind}s`).join(', ');
  return `list them with ${commands} or the API's ${queries} ${listed.length === 1 ? 'query' : 'queries'}`;
}

function ambiguous(request: Described, candidates: Suggestion[]): DiplographError {
  const { argument, kinds, text } = request;
  const noun = kinds.length === 1 ? `${kinds[0]!}s` : 'nodes';
  return new DiplographError(
    ErrorCode.NAME_AMBIGUOUS,
    `${argument}: "${text}" names ${candidates.length} ${noun}: ${listed(candidates)}`,
    {
      details: { field: argument, kind: kindsText(kinds), name: text, suggestions: candidates },
      hint: 'name one of them by its id',
    },
  );
}
