import { distance } from 'fastest-levenshtein';
import { nameKey } from '../names/match';

/** What a tree needs of a position type. */
export interface PositionTypeNode {
  readonly id: string;
  readonly label: string;
  readonly parent: string | null;
}

export type PositionTypeLookup =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly suggestions: string[] };

/**
 * The position types known (the graph's, plus a batch's), as a tree: a type is found by its id
 * or its label (case-insensitively), and a filter by a type takes in its descendants. Pure; the
 * API, the CLI and ingestion share it.
 */
export class PositionTypeTree {
  private readonly byId = new Map<string, PositionTypeNode>();
  private readonly byKey = new Map<string, string>();
  private readonly children = new Map<string, string[]>();

  constructor(types: Iterable<PositionTypeNode>) {
    for (const type of types) {
      this.byId.set(type.id, type);
      this.byKey.set(keyOf(type.id), type.id);
      this.byKey.set(keyOf(type.label), type.id);
    }
    for (const type of this.byId.values()) {
      if (type.parent === null) continue;
      const siblings = this.children.get(type.parent) ?? [];
      siblings.push(type.id);
      this.children.set(type.parent, siblings);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): PositionTypeNode | undefined {
    return this.byId.get(id);
  }

  all(): PositionTypeNode[] {
    return [...this.byId.values()];
  }

  childrenOf(id: string): string[] {
    return [...(this.children.get(id) ?? [])].sort();
  }

  /**
   * An id or a label, any case, with '-', '_' and spaces alike (the CLI writes peace-plan);
   * otherwise the nearest ids and labels, as "ID (Label)".
   */
  resolve(ref: string): PositionTypeLookup {
    const id = this.byKey.get(keyOf(ref));
    if (id !== undefined) return { ok: true, id };
    return { ok: false, suggestions: this.suggestionsFor(ref) };
  }

  suggestionsFor(ref: string, count = 3): string[] {
    const needle = ref.trim().toLowerCase();
    const scored = [...this.byId.values()].map((type) => {
      const score = Math.min(
        ...[type.id, type.label].map((name) => {
          const hay = name.toLowerCase();
          if (needle.length >= 3 && hay.includes(needle)) return 0;
          return distance(needle, hay) / Math.max(hay.length, needle.length, 1);
        }),
      );
      return { type, score };
    });
    return scored
      .filter((entry) => entry.score <= 0.6)
      .sort((a, b) => a.score - b.score || a.type.id.localeCompare(b.type.id))
      .slice(0, count)
      .map(({ type }) => `${type.id} (${type.label})`);
  }

  /** The types and all their descendants, each once, sorted. */
  withDescendants(ids: Iterable<string>): string[] {
    const found = new Set<string>();
    const pending = [...ids];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (found.has(id)) continue;
      found.add(id);
      pending.push(...(this.children.get(id) ?? []));
    }
    return [...found].sort();
  }

  /** The first type met twice going up from `id` through parents, or null: parents form no loop. */
  cycleFrom(id: string): string | null {
    const seen = new Set<string>();
    let current: string | null = id;
    while (current !== null) {
      if (seen.has(current)) return current;
      seen.add(current);
      current = this.byId.get(current)?.parent ?? null;
    }
    return null;
  }
}

/**
 * A type's id or label as compared: as every name is (nameKey: case, accents and typographic
 * apostrophes aside), and `-`, `_` and spaces alike, so MEDIATION_FORMAT = "Mediation format".
 */
function keyOf(name: string): string {
  return nameKey(name).replace(/[-_\s]+/g, ' ');
}
