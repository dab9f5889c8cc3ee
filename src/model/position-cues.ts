import type { Act, Modality, PositionType, Stance } from './vocabulary';
import { nounForms, verbForms } from './word-forms';

/**
 * How `diplograph draft` recognises a position of a type in a speaker's words: the cues are data
 * that lives with the taxonomy (docs/drafting.md). Each core type brings its own below; a type
 * defined in an ingestion file may bring `cues` of the same form (src/ingest/format.ts), which
 * ingestion keeps on the type's node and the draft adds to these (src/draft/graph-directory.ts).
 */
export interface PositionCue {
  /** A regular expression, matched case-insensitively against the speaker's words. */
  readonly pattern: string;
  readonly stance: Stance;
  /** The speech act the cue itself says; left out, the sentence's verbs decide (acts.ts). */
  readonly act?: Act;
  /** CONDITIONAL for red-line cues ("will not tolerate"); ASSERTED when left out. */
  readonly modality?: Modality;
  /**
   * The cue names what the position is against ("partition" against territorial integrity): said
   * alone it opposes, and a negation before it ("rejected any partition") makes it support.
   */
  readonly opposite?: boolean;
}

/**
 * What a position of the type is about, in order: the speaker's state, the article's topic, a
 * state or a place named in the sentence (other than the speaker's own, for `other-state`); the
 * state sanctions are on (`sanctioned-state`: "sanctions on X", else a state other than the one
 * imposing them, "US sanctions", else the speaker's own, who condemns sanctions on itself).
 */
export const SUBJECT_RULES = [
  'speaker-state',
  'topic',
  'state',
  'other-state',
  'sanctioned-state',
  'place',
] as const;
export type SubjectRule = (typeof SUBJECT_RULES)[number];

export interface PositionTypeCues {
  readonly cues: readonly PositionCue[];
  /** One list a subject, in order; its rules are tried in order until one finds something. */
  readonly subjects: readonly (readonly SubjectRule[])[];
}

const TOPIC: readonly SubjectRule[][] = [['topic', 'state']];

const TALKS = nounForms('negotiation', 'talk', 'dialogue');
// Not "war": ending a war is a settlement as often as a ceasefire ("a settlement that ends the war").
const FIGHTING = nounForms('fighting', 'hostility', 'aggression', 'bombardment', 'offensive');
const STOP = verbForms('halt', 'stop', 'end', 'cease');

export const CORE_POSITION_CUES: { readonly [T in PositionType]: PositionTypeCues } = {
  TERRITORIAL_INTEGRITY: {
    cues: [
      { pattern: String.raw`territorial integrity`, stance: 'SUPPORTS', act: 'AFFIRMS' },
      { pattern: String.raw`internationally recognized borders`, stance: 'SUPPORTS' },
      {
        pattern: String.raw`sovereignty and (?:territorial )?(?:integrity|unity)`,
        stance: 'SUPPORTS',
      },
      {
        pattern: String.raw`(?:${nounForms('partition', 'dismemberment', 'break-up', 'secession')})\b|parallel (?:\w+ )?(?:${nounForms('government', 'authority', 'administration')})`,
        stance: 'OPPOSES',
        opposite: true,
      },
    ],
    subjects: [['state']],
  },
  WITHDRAWAL: {
    cues: [
      {
        pattern: String.raw`withdraw(?:al|n|s|ing)?\b(?:\s+\w+){0,4}?\s+(?:forces|troops)|(?:forces|troops)(?:\s+\w+){0,3}?\s+(?:withdraw|leave|pull(?:ed)? out)|withdrawal of (?:all )?(?:foreign |armed |military )?(?:forces|troops|fighters|mercenaries|militias)`,
        stance: 'SUPPORTS',
        act: 'DEMANDS',
      },
    ],
    // Withdrawal from where: the place or state named, else the speaker's own ground.
    subjects: [['place', 'state', 'speaker-state']],
  },
  CEASEFIRE: {
    cues: [
      {
        pattern: String.raw`cease-?fire|cessation of (?:all )?hostilities|${STOP} (?:to )?(?:the |all |its )?${FIGHTING}\b|an end to (?:the |all )?${FIGHTING}\b|${FIGHTING}(?: (?:against|on|in) [\w-]+)? (?:must|should|has to|needs to) ${STOP}|\btruce\b`,
        stance: 'SUPPORTS',
        act: 'CALLS_FOR',
      },
    ],
    subjects: TOPIC,
  },
  NEGOTIATED_SETTLEMENT: {
    cues: [
      {
        pattern: String.raw`no military (?:way|solution|option)|cannot be (?:solved|resolved|settled) (?:by|through|with) (?:military|force|arms)|no alternative to ${TALKS}|only be ${verbForms('resolve', 'settle', 'solve', 'end')} (?:through|by|via|with) (?:[\w-]+ ){0,3}?(?:${TALKS}|diplomacy|political means)`,
        stance: 'SUPPORTS',
        act: 'AFFIRMS',
      },
      {
        pattern: String.raw`political (?:and \w+ )?(?:talks|solution|settlement|process|dialogue)|peaceful (?:settlement|solution|resolution)|diplomatic (?:solution|settlement)|negotiating table|(?:return|resumption of|relaunch of) (?:to )?(?:the )?${TALKS}|${verbForms('resume', 'relaunch', 'restart', 'revive', 'reopen')} (?:the )?(?:[\w-]+ ){0,2}?${TALKS}|(?:direct|peace|political|inclusive|comprehensive|meaningful) ${TALKS}|negotiated (?:settlement|solution)`,
        stance: 'SUPPORTS',
      },
    ],
    subjects: TOPIC,
  },
  MEDIATION: {
    cues: [
      {
        pattern: String.raw`(?:ready|willing|prepared) to (?:\w+ (?:and|or) )?(?:make every effort|mediate|help|assist|facilitate|host)|(?:offer(?:s|ed)?|offering) (?:to mediate|its good offices|(?:its )?mediation)|good offices`,
        stance: 'SUPPORTS',
        act: 'OFFERS',
      },
    ],
    subjects: [['speaker-state'], ['topic']],
  },
  PEACE_PLAN: {
    cues: [
      {
        pattern: String.raw`(?:prepared|drawn up|draw(?:n)? up|put forward|unveiled|presented|proposed|submitted|drafted) (?:a|its|the|an?) (?:\w+ ){0,3}(?:peace )?(?:plan|roadmap|road map|initiative)`,
        stance: 'SUPPORTS',
        act: 'PROPOSES',
      },
    ],
    subjects: [['speaker-state'], ['topic']],
  },
  RED_LINE: {
    cues: [
      {
        pattern: String.raw`red lines?\b|(?:will|would|shall) not tolerate|won't tolerate|will not stand idly|will respond (?:decisively|firmly|immediately)|(?:will|would) not (?:remain|stay) indifferent`,
        stance: 'SUPPORTS',
        act: 'WARNS',
        modality: 'CONDITIONAL',
      },
    ],
    subjects: [['speaker-state']],
  },
  SANCTIONS: {
    cues: [
      {
        pattern: String.raw`(?:lift(?:ing)?|unilateral|illegal|illegitimate|counterproductive) (?:\w+ )?sanctions|sanctions (?:are|were|have been|as) ["\u201c]?(?:illegal|counterproductive|unlawful)|${verbForms('condemn', 'denounce', 'reject')} (?:the )?(?:[\w-]+ ){0,3}?sanctions`,
        stance: 'OPPOSES',
        act: 'CONDEMNS',
      },
      {
        pattern: String.raw`(?:impose|imposing|new|tougher|further|additional|targeted) sanctions|sanctions (?:on|against)`,
        stance: 'SUPPORTS',
        act: 'CALLS_FOR',
      },
    ],
    subjects: [['sanctioned-state']],
  },
  SELF_DETERMINATION: {
    cues: [{ pattern: String.raw`self-determination`, stance: 'SUPPORTS', act: 'AFFIRMS' }],
    subjects: [['place', 'topic']],
  },
  HUMANITARIAN_ACCESS: {
    cues: [
      {
        pattern: String.raw`humanitarian (?:access|corridors?|aid|assistance|convoys?)|aid (?:convoys|workers|agencies|deliveries)\b|${verbForms('lift', 'end', 'ease', 'break')} (?:the )?(?:\w+ )?${nounForms('blockade', 'siege')}|${nounForms('blockade', 'siege')}(?: of [\w-]+)? (?:must|should) be ${verbForms('lift', 'end', 'ease')}|safe passage|(?:unimpeded|unhindered|safe) access`,
        stance: 'SUPPORTS',
        act: 'CALLS_FOR',
      },
    ],
    subjects: TOPIC,
  },
  OTHER: { cues: [], subjects: TOPIC },
};
