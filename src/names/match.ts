import { closestValues } from '../ingest/validate/closest';

/** The kinds of node a user names in an argument or option. */
export const NAME_KINDS = ['actor', 'topic', 'position', 'place'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** A node with every text it can be named by. */
export interface NamedNode {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type NameLookup =
  | { ok: true; id: string }
  | { ok: false; reason: 'unknown'; closest: string[] }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

/**
 * The form two names are compared in: accents and case dropped, typographic apostrophes and
 * runs of white space made one ("Côte d’Ivoire" = "cote d'ivoire"). Ingestion (ActorIndex) and
 * every API argument and CLI option compare with this one function.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The words of a name, as the full-text index (Lucene's standard tokenizer) splits them: an
 * apostrophe between letters stays inside the word ("d'ivoire").
 */
export function nameWords(text: string): string[] {
  return nameKey(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * The words to ask the full-text index for: accents kept, since the index folds Latin ones
 * itself and a mark stripped from another script (the hamza of "أ") would miss the indexed word.
 */
export function indexWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`´]/gu, "'")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}

function textsOf(node: NamedNode): string[] {
  return [node.id, node.name, ...node.aliases];
}

function containsWords(text: string, words: readonly string[]): boolean {
  const hay = ` ${nameWords(text).join(' ')} `;
  return words.length > 0 && hay.includes(` ${words.join(' ')} `);
}

function oneOrAmbiguous(matches: readonly NamedNode[]): NameLookup {
  const ids = [...new Set(matches.map((node) => node.id))].sort();
  if (ids.length === 1) return { ok: true, id: ids[0]! };
  return { ok: false, reason: 'ambiguous', candidates: ids };
}

/**
 * Which of `candidates` `reference` names, most exact first: the id as written; then an id, name
 * or alias equal in `nameKey` form; then, when nothing is equal, a name or alias that holds the
 * reference as whole words ("Khatibzadeh" in "Saeid Khatibzadeh"). Several at the first level
 * that has any: ambiguous ("Congo"). None: unknown, with the closest names (from `suggestable`,
 * the nodes the caller could find near the reference) to suggest.
 */
export function matchName(
  reference: string,
  candidates: readonly NamedNode[],
  suggestable: readonly NamedNode[] = candidates,
): NameLookup {
  const exactId = candidates.find((node) => node.id === reference);
  if (exactId) return { ok: true, id: exactId.id };
  const key = nameKey(reference);
  const equal = candidates.filter((node) => textsOf(node).some((text) => nameKey(text) === key));
  if (equal.length > 0) return oneOrAmbiguous(equal);
  const words = nameWords(reference);
  const within = candidates.filter((node) => textsOf(node).some((t) => containsWords(t, words)));
  if (within.length > 0) return oneOrAmbiguous(within);
  return { ok: false, reason: 'unknown', closest: closestIds(reference, suggestable) };
}

/** The ids of the nodes whose id, name or alias is nearest to what was written. */
function closestIds(reference: string, nodes: readonly NamedNode[]): string[] {
  const idOf = new Map<string, string>();
  for (const node of nodes) for (const text of textsOf(node)) idOf.set(nameKey(text), node.id);
  const near = closestValues(nameKey(reference), idOf.keys(), 10).map((text) => idOf.get(text)!);
  return [...new Set(near)].slice(0, 3);
}
