// Quotes of realistic length for the synthetic comparison data (scripts/lib/
// synthetic-comparison.mjs): 1–4 sentences of 15–80 words in all, made from templates with
// slots filled from word lists of a few hundred words, and each topic's own place and process
// names, so that a full-text search has common words (hits in most quotes), rare words and
// phrases to rank. Deterministic: the words come from the caller's seeded PRNG.

const SUBJECTS = [
  'We', 'Our government', 'The delegation', 'The ministry', 'Our country', 'This government',
  'The leadership', 'The president', 'Our side', 'The cabinet',
]; // prettier-ignore
const VERBS = [
  'reaffirms', 'calls for', 'welcomes', 'rejects', 'condemns', 'supports', 'urges',
  'remains committed to', 'cannot accept', 'is ready to discuss', 'insists on', 'notes with concern',
  'strongly encourages', 'will not recognise', 'looks forward to', 'deplores', 'demands',
]; // prettier-ignore
const OBJECTS = [
  'an immediate and unconditional ceasefire', 'the territorial integrity of all states',
  'the withdrawal of foreign forces', 'a negotiated settlement', 'the resumption of talks',
  'unimpeded humanitarian access', 'the lifting of unilateral sanctions', 'new sanctions',
  'the right of peoples to self-determination', 'the mediation efforts under way',
  'the release of detainees', 'the protection of civilians', 'the return of displaced persons',
  'confidence-building measures', 'international monitoring', 'the deployment of observers',
  'a comprehensive peace agreement', 'the demarcation of the border', 'the reopening of transport links',
  'the provocations along the line of contact', 'the shelling of residential areas',
  'the blockade of the corridor', 'the principles of the Charter', 'an independent investigation',
]; // prettier-ignore
const QUALIFIERS = [
  'without delay', 'in good faith', 'under international law', 'as a matter of urgency',
  'in close coordination with our partners', 'at the highest level', 'in the coming weeks',
  'through dialogue and diplomacy', 'on the basis of mutual respect', 'within the agreed framework',
  'as previously stated', 'despite repeated violations', 'in line with Security Council resolutions',
]; // prettier-ignore
const OPENERS = [
  'Let me be clear:', 'As we have said many times,', 'Today,', 'At this critical moment,',
  'In our view,', 'Once again,', 'With regard to recent developments,', 'Frankly,',
  'On behalf of our people,', 'As the situation deteriorates,', 'In the meeting today,',
]; // prettier-ignore
const CLOSERS = [
  'There is no military solution.', 'The responsibility lies with those who started this.',
  'We will continue to follow the situation closely.', 'Time is running out.',
  'Our position has not changed.', 'We stand ready to contribute.', 'History will judge.',
  'The international community must act.', 'Any other course would be a grave mistake.',
]; // prettier-ignore
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
]; // prettier-ignore
const PLACE_PARTS = ['Var', 'Kel', 'Osh', 'Tam', 'Bel', 'Sar', 'Dun', 'Mir', 'Zal', 'Hol'];
const PLACE_ENDS = ['nesh', 'ava', 'grad', 'istan', 'more', 'kent', 'ia', 'abad', 'polis', 'ur'];

/** The place a topic is about, e.g. 'Varnesh' (100 topics: 100 distinct names). */
export const topicPlace = (t) => PLACE_PARTS[t % 10] + PLACE_ENDS[Math.floor(t / 10) % 10];

const words = (text) => text.split(' ').length;

/**
 * One quote: 1–4 sentences, 15–80 words, about topic `t`'s place, dated by `date`. `random` is
 * the caller's seeded PRNG.
 */
export function quoteText(random, t, date) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const place = topicPlace(t);
  const [, month, day] = date.split('-');
  const sentences = [];
  const target = 1 + Math.floor(random() * 4);
  const sentence = (k) => {
    const opener = k === 0 || random() < 0.4 ? `${pick(OPENERS)} ` : '';
    const subject = opener === '' ? pick(SUBJECTS) : pick(SUBJECTS).toLowerCase();
    const body = `${subject} ${pick(VERBS)} ${pick(OBJECTS)} in ${place}`;
    const qualifier = random() < 0.6 ? ` ${pick(QUALIFIERS)}` : '';
    const when =
      random() < 0.3 ? `, following the events of ${Number(day)} ${MONTHS[Number(month) - 1]}` : '';
    const text = `${opener}${body}${qualifier}${when}.`;
    return text[0].toUpperCase() + text.slice(1);
  };
  for (let k = 0; k < target; k++) sentences.push(sentence(k));
  if (random() < 0.5) sentences.push(pick(CLOSERS));
  // Into 15–80 words: a short quote gets a sentence more, a long one loses its last.
  while (words(sentences.join(' ')) < 15) sentences.push(sentence(1));
  while (sentences.length > 1 && words(sentences.join(' ')) > 80) sentences.pop();
  return sentences.join(' ');
}
