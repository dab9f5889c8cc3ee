// The officials who speak for the synthetic comparison data's states (scripts/lib/
// synthetic-comparison.mjs): per state four offices, each held by one person for the first half
// of the span and another for the second (a government changes), so that a speaker filter reads
// a person who speaks over five years, not over the whole span or one day. Names are made of
// syllables by a hash of (state, office, term): deterministic, pronounceable, and distinct
// enough that a name search finds one person.

/** The offices, with the share of a state's spoken statements each speaks (spokespeople most). */
export const OFFICES = [
  { slug: 'spokesperson', title: 'Foreign Ministry Spokesperson', share: 0.45 },
  { slug: 'foreign-minister', title: 'Minister of Foreign Affairs', share: 0.3 },
  { slug: 'head-of-state', title: 'Head of State', share: 0.15 },
  { slug: 'un-envoy', title: 'Permanent Representative to the United Nations', share: 0.1 },
];

/** Two terms: the person in office on a day is the one of the term that day falls in. */
export const TERMS = [
  { from: '2015-01-01', to: '2019-12-31' },
  { from: '2020-01-01', to: '2024-12-31' },
];

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'sh', 'kh', 'dr', 'al'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const ENDINGS = ['', 'n', 'r', 's', 'v', 'k', 'lov', 'ez', 'ani', 'sen', 'ova', 'ić'];

function hash(...parts) {
  let h = 0x811c9dc5;
  for (const c of parts.join('|')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

function word(h, syllables) {
  let out = '';
  for (let k = 0; k < syllables; k++) {
    out += ONSETS[h % ONSETS.length] + VOWELS[(h >>> 4) % VOWELS.length];
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  out += ENDINGS[h % ENDINGS.length];
  return out[0].toUpperCase() + out.slice(1);
}

/** The person in `office` of `state` in term `term`: id, name, and role as stored. */
export function official(state, office, term) {
  const h = hash(state, office.slug, String(term));
  const name = `${word(h, 2)} ${word(hash(String(h)), 2 + (h % 2))}`;
  return {
    id: `person:${state.toLowerCase()}-${office.slug}-${term + 1}`,
    name,
    office,
    term,
  };
}

/** Every official, as `actors` records of the ingestion format. */
export function officialRecords(states) {
  const records = [];
  for (const state of states)
    for (const office of OFFICES)
      for (let term = 0; term < TERMS.length; term++) {
        const person = official(state, office, term);
        records.push({
          id: person.id,
          kind: 'PERSON',
          name: person.name,
          roles: [{ title: office.title, of: state, ...TERMS[term] }],
        });
      }
  return records;
}

/** The term a day ('YYYY-MM-DD') falls in. */
export const termOf = (day) => (day < TERMS[1].from ? 0 : 1);

/** Draws an office by its share, from a float in [0, 1). */
export function drawOffice(x) {
  for (const office of OFFICES) if ((x -= office.share) < 0) return office;
  return OFFICES[OFFICES.length - 1];
}
