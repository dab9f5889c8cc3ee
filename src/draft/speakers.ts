import { nameKey } from '../names/match';
import type { Directory, KnownActor } from './directory';
import { slugify as slugOf } from '../model/ids';
import { stateMentions, stateNamed } from './states';

/** A person or organisation the graph does not know yet, proposed as a definition. */
export interface ProposedActor {
  id: string;
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  roleTitle?: string;
  /** The state the role is held in, or the organisation is part of. */
  state?: string;
}

/** Who speaks: a known or proposed actor, or states together (a joint statement, no speaker). */
export interface Speaker {
  id: string | null;
  name: string;
  onBehalfOf: string[];
  proposed?: ProposedActor;
  confidence: number;
}

const TITLE_WORD = String.raw`(?:deputy|vice|acting|first|chief|senior|special|top|foreign|defen[cs]e|prime|presidential|national security|foreign ministry|foreign affairs|ministry|state department|kremlin|government)`;
const ROLE = String.raw`(?:${TITLE_WORD}\s+)*(?:spokes(?:wo)?man|spokesperson|minister|president|ambassador|envoy|secretary(?:-general)?|chancellor|advis[eo]r|representative|aide|negotiator|premier)`;
const NAME = String.raw`[A-Z][\p{L}'\u2019-]+(?: (?:al-|bin |van |de |von )?[A-Z][\p{L}'\u2019-]+){1,2}`;
const PREFIX = String.raw`(?:(?:[A-Z][\p{L}]+(?:'s|\u2019s)?) ){0,2}?`;

/** "Russian Foreign Ministry spokeswoman Maria Zakharova", "Armenia's Prime Minister Nikol Pashinyan". */
const TITLED_NAME = new RegExp(`(${PREFIX})(${ROLE}),? (${NAME})`, 'gu');
/** "Jake Sullivan, the US national security adviser," */
const APPOSITIVE = new RegExp(
  `(${NAME}), (?:the |a )?(${PREFIX})(${ROLE})(?: of ([A-Z][\\p{L} ]+?))?[,.]`,
  'gu',
);
const TITLED_FLAGS = 'giu';

export const REPORTING_VERB = String.raw`(?:said|says|told|stressed|warned|added|noted|emphasi[sz]ed|insisted|declared|urged|called for|called on|demanded|welcomed|condemned|rejected|reiterated|announced|underlined|pointed out|stated|affirmed|wrote|tweeted)`;
/**
 * Who "he", "the spokesman", "the ministry", "the four governments" are: the speaker before,
 * when the sentence names nobody else ("The ministry also called for …").
 */
const BACK_REFERENCE = String.raw`(?:he|she|they|the (?:\w+ )?(?:spokes(?:wo)?man|spokesperson|minister|ministry|statement|envoy|ambassador|official|diplomat|president|governments|ministers|countries|states|leaders|sides))`;
const PRONOUN_SAID = new RegExp(
  String.raw`\b(?:${BACK_REFERENCE},? (?:also |further |then )?${REPORTING_VERB}|${REPORTING_VERB},? ${BACK_REFERENCE})\b`,
  'i',
);
const MINISTRY =
  /\b(?:the )?(?:([A-Z][\p{L}]+(?:'s|\u2019s)?) )?(Foreign Ministry|Ministry of Foreign Affairs|Foreign Office|State Department|Defen[cs]e Ministry)(?: of ([A-Z][\p{L} ]+?))?\b/u;

/** Every known actor (person, organisation) named in the text, with where. */
export function knownActorsIn(
  text: string,
  directory: Directory,
): { actor: KnownActor; start: number }[] {
  const found: { actor: KnownActor; start: number }[] = [];
  const hay = nameKey(text);
  for (const actor of directory.actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = nameKey(name);
      const at = wordIndex(hay, key);
      if (at >= 0) {
        found.push({ actor, start: at });
        break;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function wordIndex(hay: string, key: string): number {
  let at = hay.indexOf(key);
  while (at >= 0) {
    const before = at === 0 ? ' ' : hay[at - 1]!;
    const after = hay[at + key.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    at = hay.indexOf(key, at + 1);
  }
  return -1;
}

/** The name's leading words that begin with a capital (the role regex ignores case). */
function capitalisedWords(name: string): string | undefined {
  const words: string[] = [];
  for (const word of name.split(' ')) {
    if (/^(?:\p{Lu}|al-|bin$|van$|de$|von$)/u.test(word)) words.push(word);
    else break;
  }
  return words.length >= 2 ? words.join(' ') : undefined;
}

function stateIn(words: string | undefined): string | undefined {
  if (!words) return undefined;
  for (const word of words.trim().split(/\s+/)) {
    const state = stateNamed(word);
    if (state) return state;
  }
  return stateMentions(words)[0]?.state;
}

function fromKnown(actor: KnownActor, roleState: string | undefined, confidence: number): Speaker {
  const state = actor.state ?? roleState;
  return {
    id: actor.id,
    name: actor.name,
    onBehalfOf: state ? [state] : [],
    // An actor the draft itself proposed earlier in the text stays a proposal.
    ...(actor.proposed ? { proposed: actor.proposed } : {}),
    confidence: state ? confidence : confidence - 0.2,
  };
}

function proposedPerson(name: string, title: string, state: string | undefined): Speaker {
  const roleTitle = title.replace(/\s+/g, ' ').trim();
  return {
    id: `person:${slugOf(name)}`,
    name,
    onBehalfOf: state ? [state] : [],
    proposed: {
      id: `person:${slugOf(name)}`,
      kind: 'PERSON',
      name,
      roleTitle,
      ...(state ? { state } : {}),
    },
    confidence: state ? 0.6 : 0.4,
  };
}

/** A person named with a title: known (by any spelling), else proposed with the title's state. */
function titledSpeaker(sentence: string, directory: Directory): Speaker | undefined {
  for (const pattern of [TITLED_NAME, APPOSITIVE]) {
    const regex = new RegExp(pattern.source, TITLED_FLAGS);
    for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
      const appositive = pattern === APPOSITIVE;
      const name = capitalisedWords((appositive ? m[1] : m[3])!);
      const title = (appositive ? m[3] : m[2])!;
      const state = stateIn(appositive ? `${m[2] ?? ''} ${m[4] ?? ''}` : m[1]);
      if (!name || stateNamed(name)) continue;
      const known = knownActorsIn(name, directory)[0]?.actor;
      if (known) return fromKnown(known, state, 0.9);
      return proposedPerson(name, title, state);
    }
  }
  return undefined;
}

function ministrySpeaker(sentence: string, directory: Directory): Speaker | undefined {
  const m = MINISTRY.exec(sentence);
  if (!m) return undefined;
  const state = stateIn(m[1]) ?? stateIn(m[3]) ?? (m[2] === 'State Department' ? 'USA' : undefined);
  const known = knownActorsIn(m[0], directory).find((k) => !state || k.actor.state === state);
  if (known) return fromKnown(known.actor, state, 0.85);
  if (!state) return undefined;
  const name = `${m[2]} of ${state}`;
  const id = `org:${state.toLowerCase()}-${slugOf(m[2]!)}`;
  return {
    id,
    name,
    onBehalfOf: [state],
    proposed: { id, kind: 'ORGANIZATION', name, state },
    confidence: 0.6,
  };
}

/** A joint statement speaks for every state it names, and has no speaker. */
function jointSpeaker(sentence: string): Speaker | undefined {
  if (!/\bjoint (?:statement|declaration|communiqu)/i.test(sentence)) return undefined;
  // The states that speak are named outside the quotation ("… said they \"call on all Libyan
  // parties …\""), not in it.
  const outside = sentence.replace(/\u201c[^\u201d]*\u201d|"[^"]*"/g, ' ');
  const states = [...new Set(stateMentions(outside).map((m) => m.state))].sort();
  if (states.length < 2) return undefined;
  return { id: null, name: states.join(', '), onBehalfOf: states, confidence: 0.7 };
}

/**
 * Who a sentence says is speaking, if it says so: a joint statement's states; a titled person
 * ("Foreign Ministry spokesman Saeid Khatibzadeh"); a known person or organisation by any of its
 * names; a ministry; or "he said" for the speaker before. Undefined: the outlet's own voice.
 */
export function speakerOf(
  sentence: string,
  directory: Directory,
  previous: Speaker | undefined,
): Speaker | undefined {
  const joint = jointSpeaker(sentence);
  if (joint) return joint;
  const titled = titledSpeaker(sentence, directory);
  if (titled) return titled;
  const known = knownActorsIn(sentence, directory).filter((k) => k.actor.kind !== 'STATE');
  const person = known.find((k) => k.actor.kind === 'PERSON') ?? known[0];
  if (person && saysSomething(sentence)) return fromKnown(person.actor, undefined, 0.8);
  const ministry = saysSomething(sentence) ? ministrySpeaker(sentence, directory) : undefined;
  if (ministry) return ministry;
  if (previous && PRONOUN_SAID.test(sentence)) return { ...previous };
  return undefined;
}

/** Whether the sentence reports speech (a reporting verb, a colon before a quote). */
export function saysSomething(sentence: string): boolean {
  return new RegExp(`\\b${REPORTING_VERB}\\b|according to|\\bin a statement\\b`, 'i').test(
    sentence,
  );
}

/** "ZAKHAROVA: …", "Maria Zakharova: …" at the start of a transcript line. */
export function transcriptSpeaker(
  line: string,
  directory: Directory,
): { speaker: Speaker | 'question'; after: number } | undefined {
  const m = /^([A-Z][\p{L}'.\- ]{1,40}?):\s+/u.exec(line);
  if (!m) return undefined;
  const label = m[1]!.trim();
  if (/^(?:q|question|journalist|reporter|moderator|interviewer)$/i.test(label))
    return { speaker: 'question', after: m[0].length };
  if (/^a(?:nswer)?$/i.test(label)) return undefined;
  const known = knownActorsIn(label, directory)[0]?.actor;
  if (!known) return undefined;
  return { speaker: fromKnown(known, undefined, 0.9), after: m[0].length };
}
