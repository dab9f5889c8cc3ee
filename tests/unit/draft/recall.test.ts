import { readAround } from '../../../src/draft/acts';
import { directoryOf } from '../../../src/draft/directory';
import { draftText } from '../../../src/draft/draft';
import { ingestDocumentSchema } from '../../../src/ingest/format';
import { nounForms, verbForms } from '../../../src/model/word-forms';

const directory = directoryOf([
  ingestDocumentSchema.parse({
    format: 'diplograph/v1',
    topics: [{ id: 'sudan-war', name: 'War in Sudan' }],
  }),
]);

/** An article: a head, then one paragraph a line. */
const article = (...paragraphs: string[]) =>
  ['A title', 'Wire', '2 September 2024', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

const stancesOf = (text: string) =>
  draftText(text, directory).statements.map((s) => ({
    speaker: s.speaker.id ?? s.speaker.onBehalfOf.join('+'),
    stances: s.stances.map((st) => [st.type, st.subjects, st.stance, st.act]),
  }));

describe('cue words in every form', () => {
  it("match a verb's inflections and a noun's plural, from compromise", () => {
    const resume = new RegExp(`^${verbForms('resume', 'withdraw')}$`);
    for (const word of ['resume', 'resumed', 'resumes', 'resuming', 'withdrew', 'withdrawn'])
      expect(word).toMatch(resume);
    expect('resumption').not.toMatch(resume);
    const talks = new RegExp(`^${nounForms('talk', 'negotiation')}$`);
    expect('talks').toMatch(talks);
    expect('negotiations').toMatch(talks);
  });
});

describe('a cue naming what a position is against', () => {
  const partition = {
    stance: 'OPPOSES',
    act: undefined,
    modality: 'ASSERTED',
    opposite: true,
  } as const;
  it('opposes said alone, supports when rejected', () => {
    expect(readAround('they announced a', '', '', partition).stance).toBe('OPPOSES');
    expect(readAround('it rejected any', '', '', partition)).toMatchObject({
      stance: 'SUPPORTS',
      act: 'REJECTS',
    });
  });
});

describe('recall in the draft', () => {
  it('reads the reporting verb outside a quote that opens its clause', () => {
    const text = article(
      `Egypt's Foreign Ministry said in a statement on Monday that it rejected "any attempt to establish parallel governing authorities in Sudan".`,
    );
    expect(stancesOf(text)).toEqual([
      {
        speaker: 'org:egy-foreign-ministry',
        stances: [['TERRITORIAL_INTEGRITY', ['SDN'], 'SUPPORTS', 'REJECTS']],
      },
    ]);
  });

  it('gives "the ministry" to the speaker before', () => {
    const text = article(
      `Egypt's Foreign Ministry said in a statement that "the situation in Sudan is grave and getting worse".`,
      'The ministry also called for an immediate ceasefire and for safe passage for aid convoys.',
    );
    const [statement] = stancesOf(text);
    expect(statement!.stances).toEqual(
      expect.arrayContaining([
        ['CEASEFIRE', ['sudan-war'], 'SUPPORTS', 'CALLS_FOR'],
        ['HUMANITARIAN_ACCESS', ['sudan-war'], 'SUPPORTS', 'CALLS_FOR'],
      ]),
    );
    // Without a speaker before, the same words are the outlet's and give nothing.
    expect(
      stancesOf(article('The ministry also called for an immediate ceasefire in Sudan.')),
    ).toEqual([]);
  });

  it('reads a quoted fragment with the words around it, and sanctions as on the state they hit', () => {
    const text = article(
      'Iranian Foreign Ministry spokesman Saeed Khatibzadeh on Sunday condemned the new US sanctions as "illegal and a violation of international law".',
    );
    const draft = draftText(text, directory);
    const [stance] = draft.statements[0]!.stances;
    expect(stance).toMatchObject({ type: 'SANCTIONS', subjects: ['IRN'], stance: 'OPPOSES' });
    const quote = text.indexOf('illegal and');
    expect(stance!.span.start).toBeLessThan(quote);
    expect(stance!.span.end).toBeGreaterThan(quote);
  });

  it('makes every state of a joint statement a subject of what they offer', () => {
    const text = article(
      'In a joint statement released on Friday, Egypt, Qatar and Norway said they "stand ready to support and host negotiations between the Sudanese parties".',
    );
    expect(stancesOf(text)).toEqual([
      {
        speaker: 'EGY+NOR+QAT',
        stances: [['MEDIATION', ['EGY', 'NOR', 'QAT', 'sudan-war'], 'SUPPORTS', 'OFFERS']],
      },
    ]);
  });
});
