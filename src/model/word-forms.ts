import nlp from 'compromise';

/**
 * The inflections of the words a cue is written with, from compromise's conjugation and
 * pluralisation, so that a cue names a verb once ("resume") and matches "resumed", "resumes",
 * "resuming" — no hand-kept list of forms that misses one.
 */
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alternation(words: Iterable<string>): string {
  // Longest first, so that "resumed" is not cut to "resume" by the alternation.
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(escape).join('|')})`;
}

/** Every form of each verb (infinitive, past, participle, present, gerund), as a regex group. */
export function verbForms(...lemmas: string[]): string {
  return alternation(
    lemmas.flatMap((lemma) => {
      // Tagged as an infinitive first: alone, "halt" or "host" read as nouns.
      const doc = nlp(lemma);
      doc.tag('Infinitive');
      const forms: object = doc.verbs().conjugate()[0] ?? {};
      const words = Object.entries(forms)
        .filter(([tense, form]) => tense !== 'FutureTense' && typeof form === 'string')
        .map(([, form]) => String(form));
      return [lemma, ...words];
    }),
  );
}

/** Each noun and its plural, as a regex group. */
export function nounForms(...nouns: string[]): string {
  return alternation(
    nouns.flatMap((noun) => {
      const doc = nlp(noun);
      doc.tag('Singular');
      return [noun, doc.nouns().toPlural().text() || noun];
    }),
  );
}
