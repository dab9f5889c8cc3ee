import { clauseBefore, readAround } from '../../../src/draft/acts';
import { directoryOf } from '../../../src/draft/directory';
import { articleHead, statementDate } from '../../../src/draft/document';
import { draftText } from '../../../src/draft/draft';
import { sentencesOf } from '../../../src/draft/sentences';
import { speakerOf } from '../../../src/draft/speakers';
import { stateMentions } from '../../../src/draft/states';
import { plainText } from '../../../src/draft/text';
import { ingestDocumentSchema } from '../../../src/ingest/format';

const directory = directoryOf([
  ingestDocumentSchema.parse({
    format: 'diplograph/v1',
    actors: [
      {
        id: 'person:mikhail-zaharov',
        kind: 'PERSON',
        name: 'Mikhail Zaharov',
        aliases: ['Mikhail Zakharov', 'Zakharov'],
        roles: [{ title: 'Spokesman', of: 'RUS' }],
      },
    ],
    topics: [{ id: 'sudan-war', name: 'War in Sudan' }],
    positionTypes: [
      {
        id: 'MEDIATION_FORMAT',
        label: 'Mediation format',
        parent: 'MEDIATION',
        cues: [{ pattern: 'Jeddah format', stance: 'SUPPORTS', act: 'AFFIRMS' }],
      },
    ],
  }),
]);

describe('plain text', () => {
  it('keeps plain text as it is (line ends made \\n) and takes HTML out of its markup', () => {
    expect(plainText('a\r\nb').text).toBe('a\nb');
    const html = plainText(
      '<html><head><title>T &amp; U</title></head><body><nav>menu</nav><p>&ldquo;Yes,&rdquo; she said.</p></body></html>',
    );
    expect(html).toEqual({ text: '\u201cYes,\u201d she said.', htmlTitle: 'T & U' });
  });
});

describe('sentences', () => {
  it('gives offsets into the whole text and keeps a quotation in one sentence', () => {
    const text = 'Head line\n\n"We call for calm. We want talks," he said. Then nothing.';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Head line',
      '"We call for calm. We want talks," he said.',
      'Then nothing.',
    ]);
  });
});

describe('the head of an article', () => {
  it('reads title, outlet and dateline, inventing no time zone', () => {
    const head = articleHead(
      plainText('A title here\nSome Outlet\nMonday, 05 October 2020 11:35 AM\n\nBody.'),
    );
    expect(head).toEqual({
      title: 'A title here',
      outlet: 'Some Outlet',
      date: '2020-10-05',
      publishedAt: '2020-10-05T11:35:00',
    });
  });

  it('dates a statement by the day the sentence names, never after the article', () => {
    expect(statementDate('he said on Saturday', '2020-10-05')).toBe('2020-10-03');
    expect(statementDate('he said', '2020-10-05')).toBe('2020-10-05');
  });
});

describe('states and speakers', () => {
  it('finds states by name, capital and demonym', () => {
    expect(
      stateMentions('Tehran and the Russian side met in Azerbaijan').map((m) => m.state),
    ).toEqual(['IRN', 'RUS', 'AZE']);
  });

  it('resolves a known person by another spelling, and their state', () => {
    const speaker = speakerOf(
      'Spokesman Mikhail Zakharov said the talks failed.',
      directory,
      undefined,
    );
    expect(speaker).toMatchObject({ id: 'person:mikhail-zaharov', onBehalfOf: ['RUS'] });
  });

  it('proposes an unknown titled person, with the state of the title', () => {
    const speaker = speakerOf(
      'Omani Foreign Minister Salim al-Harthy told reporters that talks would resume.',
      directory,
      undefined,
    );
    expect(speaker).toMatchObject({
      id: 'person:salim-al-harthy',
      onBehalfOf: ['OMN'],
      proposed: { kind: 'PERSON', roleTitle: 'Foreign Minister', state: 'OMN' },
    });
  });

  it('takes "he said" for the speaker before, and nobody for the outlet', () => {
    const before = speakerOf('Zakharov said so.', directory, undefined);
    expect(speakerOf('"Enough of this war now," he said.', directory, before)).toEqual(before);
    expect(speakerOf('The war has killed thousands of people.', directory, before)).toBeUndefined();
  });
});

describe('the words around a cue', () => {
  const cue = { stance: 'SUPPORTS', act: 'CALLS_FOR', modality: 'ASSERTED' } as const;
  it('make a negated cue opposition, a verb the act, an "if" a condition', () => {
    expect(readAround('we do not support', '', '', cue)).toMatchObject({
      stance: 'OPPOSES',
      act: 'REJECTS',
    });
    expect(readAround('we welcome the', '', '', cue).act).toBe('WELCOMES');
    expect(readAround('', 'must be restored', '', cue).act).toBe('DEMANDS');
    expect(readAround('', '', 'if they agree to a ceasefire', cue).modality).toBe('CONDITIONAL');
  });
  it('look back to the clause only', () => {
    const text = 'We reject that; we want a ceasefire';
    expect(clauseBefore(text, text.indexOf('ceasefire'))).toBe(' we want a ');
  });
});

describe('a draft', () => {
  const text = [
    'Russia backs Sudan talks',
    'Wire',
    '14 May 2024',
    '',
    'The war in Sudan has displaced millions and a ceasefire looks distant.',
    '',
    '"We support the Jeddah format and call for an immediate ceasefire in Sudan," Zakharov said.',
  ].join('\n');
  const draft = draftText(text, directory);

  it('draws stances from the speaker, none from the outlet, with cues a file brings', () => {
    expect(draft.statements).toHaveLength(1);
    const stances = draft.statements[0]!.stances.map((s) => [s.type, s.subjects, s.act]);
    expect(stances).toEqual(
      expect.arrayContaining([
        ['CEASEFIRE', ['sudan-war'], 'CALLS_FOR'],
        ['MEDIATION_FORMAT', ['RUS', 'sudan-war'], 'AFFIRMS'],
      ]),
    );
    expect(stances).toHaveLength(2);
    for (const stance of draft.statements[0]!.stances) {
      expect(text.slice(stance.evidence.start, stance.evidence.end)).toBe(stance.cue);
      expect(stance.evidence.start).toBeGreaterThan(text.indexOf('"We support'));
    }
  });
});
