import countries from 'world-countries';
import { nameKey } from '../names/match';
import type { Span } from './sentences';

/** A state as a text may name it: its names, its capital (metonymy: "Tehran") and demonym. */
export interface StateNames {
  id: string;
  name: string;
  names: string[];
}

/** Names too short or too common in English prose to be read as a state. */
const NOT_A_STATE_NAME = new Set(['us', 'uk', 'in', 'to', 'no', 'is', 'it', 'me', 'am', 'or']);

function statesOf(): StateNames[] {
  return countries
    .filter((c) => c.status === 'officially-assigned')
    .map((c) => ({
      id: c.cca3,
      name: c.name.common,
      names: [
        c.name.common,
        c.name.official,
        ...c.altSpellings.filter((s) => s.length > 3 && !s.includes(',')),
        ...c.capital,
        c.demonyms?.eng?.m ?? '',
        c.demonyms?.eng?.f ?? '',
        // "Iranians": the people, for the state's subject as much as "Iranian".
        c.demonyms?.eng?.m ? `${c.demonyms.eng.m}s` : '',
      ].filter((n) => n.length > 2 && !NOT_A_STATE_NAME.has(nameKey(n))),
    }));
}

/** The English names that differ from the package's (usage in news copy). */
const EXTRA: Record<string, string[]> = {
  USA: ['United States', 'U.S.', 'US', 'Washington'],
  GBR: ['Britain', 'UK', 'London', 'British'],
  RUS: ['Russia', 'Moscow', 'Kremlin'],
  TUR: ['Turkey', 'Türkiye', 'Ankara', 'Turkish'],
  IRN: ['Islamic Republic'],
};

export interface StateMention extends Span {
  state: string;
}

let matcher: { pattern: RegExp; byKey: Map<string, string> } | undefined;

function stateMatcher(): { pattern: RegExp; byKey: Map<string, string> } {
  if (matcher) return matcher;
  const byKey = new Map<string, string>();
  for (const state of statesOf()) {
    for (const name of [...state.names, ...(EXTRA[state.id] ?? [])]) {
      if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), state.id);
    }
  }
  const names = [...byKey.keys()].sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Case-sensitive on the first letter: "Chad" the state, not "chad"; keys are lower case.
  const alternatives = escaped.map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}`);
  matcher = {
    pattern: new RegExp(`(?<![\\p{L}])(${alternatives.join('|')})(?![\\p{L}])`, 'giu'),
    byKey,
  };
  return matcher;
}

/** Every state named in the text, in order (names, capitals, demonyms). */
export function stateMentions(text: string): StateMention[] {
  const { pattern, byKey } = stateMatcher();
  const found: StateMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const name = m[1]!;
    if (name[0] !== name[0]!.toUpperCase()) continue;
    // "us" and "uk" are words too: only the capitals stand for the states.
    if (/^u[sk]$/i.test(name) && name !== name.toUpperCase()) continue;
    const state = byKey.get(nameKey(name));
    const start = m.index + m[0].length - name.length;
    if (state) found.push({ state, start, end: start + name.length });
  }
  return found;
}

/** The state a name, capital or demonym stands for. */
export function stateNamed(text: string): string | undefined {
  return stateMatcher().byKey.get(nameKey(text.replace(/['\u2019]s$/, '')));
}

export function stateName(id: string): string {
  return countries.find((c) => c.cca3 === id)?.name.common ?? id;
}
