import { nameKey } from '../../names/match';
import { closestValues } from './closest';

export interface NamedActor {
  id: string;
  name: string;
  aliases: string[];
}

export type ActorLookup =
  | { ok: true; id: string }
  | { ok: false; reason: 'unknown'; closest: string[] }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

// The same comparison as every API argument and CLI option (src/names): case and accents aside.
const key = nameKey;

/**
 * Resolves what a record writes for an actor — an id (IRN, person:…), an ISO alpha-3 code in
 * any case, a name or an alias — to one actor id. Never invents an actor.
 */
export class ActorIndex {
  private readonly ids = new Set<string>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly labels: string[] = [];

  add(actor: NamedActor): void {
    this.ids.add(actor.id);
    this.labels.push(actor.id, actor.name);
    for (const text of [actor.id, actor.name, ...actor.aliases]) {
      const k = key(text);
      const ids = this.byKey.get(k) ?? new Set<string>();
      ids.add(actor.id);
      this.byKey.set(k, ids);
    }
  }

  resolve(reference: string): ActorLookup {
    if (this.ids.has(reference)) return { ok: true, id: reference };
    const matches = this.byKey.get(key(reference));
    if (matches?.size === 1) return { ok: true, id: [...matches][0]! };
    if (matches && matches.size > 1)
      return { ok: false, reason: 'ambiguous', candidates: [...matches].sort() };
    return {
      ok: false,
      reason: 'unknown',
      closest: closestValues(reference, new Set(this.labels)),
    };
  }
}
