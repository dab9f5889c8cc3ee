import type { Act, Modality, Stance } from '../model/vocabulary';

/**
 * The words around a cue that change what it means: verbs that say the act outright, negations
 * that turn support into opposition, and conditions. Checked in the words before the cue, within
 * its clause, so that "we reject any ceasefire" opposes and "we welcome the ceasefire" welcomes.
 */
const STRONG_ACTS: [RegExp, Act][] = [
  [/\b(?:welcom\w*|hail\w*)\b/i, 'WELCOMES'],
  [/\bcondemn\w*\b/i, 'CONDEMNS'],
  [/\b(?:call(?:s|ed|ing)? (?:on|for)|urg\w*|appeal\w* for)\b/i, 'CALLS_FOR'],
  [/\b(?:demand\w*|must|insist\w*)\b/i, 'DEMANDS'],
  [/\b(?:offer(?:s|ed|ing)?|ready to|willing to)\b/i, 'OFFERS'],
];
const NEGATION =
  /\b(?:reject\w*|oppos\w*|(?:warn\w*|stand\w*|stood|be|is|are|was|were|firmly|strongly) against|not (?:support|accept|agree|allow|tolerate)|never (?:accept|agree|allow)|refus\w*|den(?:y|ies|ied))\b/i;

/** The clause before a cue: back to the last clause boundary, at most 12 words. */
export function clauseBefore(text: string, cueStart: number): string {
  const before = text.slice(0, cueStart);
  const boundary = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf('. '),
    before.lastIndexOf(' but '),
  );
  return before
    .slice(boundary + 1)
    .split(/\s+/)
    .slice(-12)
    .join(' ');
}

export interface Reading {
  stance: Stance;
  act: Act | undefined;
  modality: Modality;
}

/**
 * What the words around the cue make of it; `given` is what the cue itself says. A negation
 * before it opposes ("we do not support unilateral sanctions" opposes sanctions, as "illegal
 * sanctions" does: a negated cue of opposition is not support). A verb that says the act, before
 * the cue or just after it ("… must be restored"), says it rather than the cue.
 */
export function readAround(
  before: string,
  after: string,
  sentence: string,
  given: Reading & { opposite?: boolean | undefined },
): Reading {
  if (NEGATION.test(before)) {
    const denies = /\bden(?:y|ies|ied)\b/i.test(before);
    // Rejecting what a position is against ("rejected any partition") supports the position.
    const stance = given.opposite ? 'SUPPORTS' : 'OPPOSES';
    return { stance, act: denies ? 'DENIES' : 'REJECTS', modality: given.modality };
  }
  // After the cue only a modal of its own clause counts ("access … must be restored").
  const demandedAfter = /\bmust\b/i.test(
    after
      .split(/[,;]| and /)[0]!
      .split(/\s+/)
      .slice(0, 5)
      .join(' '),
  );
  const strong =
    STRONG_ACTS.find(([pattern]) => pattern.test(before))?.[1] ??
    (demandedAfter ? 'DEMANDS' : undefined);
  const conditional = /\b(?:if|unless|should [\w ]+ then)\b/i.test(sentence);
  return {
    stance: given.stance,
    act: strong ?? given.act,
    modality: given.modality === 'ASSERTED' && conditional ? 'CONDITIONAL' : given.modality,
  };
}

/** The act when neither cue nor clause says one: what the sentence's verbs suggest. */
export function actOfSentence(sentence: string): Act {
  for (const [pattern, act] of [
    ...STRONG_ACTS,
    [/\bwarn\w*\b/i, 'WARNS'],
    [/\b(?:propos\w*|put forward)\b/i, 'PROPOSES'],
    [/\b(?:offer\w*|ready to|willing to)\b/i, 'OFFERS'],
  ] satisfies [RegExp, Act][]) {
    if (pattern.test(sentence)) return act;
  }
  return 'AFFIRMS';
}
