import { contentHash, stableJson } from '../../model/ids';

/**
 * What a record's content hash compares. Lists whose order carries no meaning (aliases,
 * topics, consultation partners, quotes, stances, …) are hashed as sets: sorted first, so a
 * record that differs only in their order (an export, which writes them sorted) is the same
 * record, not a conflict. Lists whose order means something (a position's subjects) are hashed
 * as given. The rows written keep the order of the input.
 *
 * Graphs written before hashed every list in input order; `legacy` is that hash, accepted too
 * when the graph holds it, so the files ingested then ingest again unchanged.
 */
export interface ContentHashes {
  hash: string;
  legacy: () => string;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Strings in code-unit order: the same whatever the locale. */
export function asSet(values: readonly string[]): string[] {
  return values.length < 2 ? [...values] : [...values].sort(byCodeUnit);
}

/** Records in the order of their canonical JSON. */
export function asSetOf<T>(values: readonly T[]): T[] {
  return byKey(values, stableJson);
}

/**
 * asSetOf for records made with their keys in sorted order, as the planner makes its rows: for
 * them V8's own JSON.stringify writes stableJson's text. It runs for every quote and stance of
 * every ingest, so two records are compared field by field (byJsonText) rather than as whole
 * texts, most of which (a quote's words) never decide. tests/unit/ingest/content-hash.test.ts
 * holds the order equal to asSetOf's.
 */
export function asSetOfSortedKeys<T extends object>(values: readonly T[]): T[] {
  return values.length < 2 ? [...values] : [...values].sort(byJsonText);
}

/**
 * The order of two records' JSON texts. The texts agree up to the first field whose values'
 * texts differ; when neither of those begins the other, the first differing character lies in
 * both, so that field decides. Anything else (keys that differ, a value JSON leaves out, one
 * value's text a prefix of the other's) is decided by the whole texts.
 */
function byJsonText(a: object, b: object): number {
  const first = a as Record<string, unknown>;
  const second = b as Record<string, unknown>;
  const keys = Object.keys(first);
  const others = Object.keys(second);
  for (let i = 0; i < keys.length && keys.length === others.length; i++) {
    const key = keys[i]!;
    if (key !== others[i]) break;
    const x = JSON.stringify(first[key]) as string | undefined;
    const y = JSON.stringify(second[key]) as string | undefined;
    if (x === undefined || y === undefined) break;
    if (x === y) continue;
    if (!x.startsWith(y) && !y.startsWith(x)) return byCodeUnit(x, y);
    break;
  }
  return byCodeUnit(JSON.stringify(a), JSON.stringify(b));
}

function byKey<T>(values: readonly T[], key: (value: T) => string): T[] {
  if (values.length < 2) return [...values];
  return values
    .map((value) => ({ key: key(value), value }))
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .map(({ value }) => value);
}

/** The hash of `canonical` (the row with its set-lists sorted), and of `row` as given. */
export function hashes(row: unknown, canonical: unknown): ContentHashes {
  return { hash: contentHash(canonical), legacy: () => contentHash(row) };
}
